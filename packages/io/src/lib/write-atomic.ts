import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isProcessAlive } from './process.ts';

/** The temporary files {@link writeFileAtomic} writes: `.<pid>.<ms>.<random>.tmp`. */
const TEMPORARY = /^\.(\d+)\.\d+\.[a-z0-9]+\.tmp$/u;

/** Folders already swept in this process. */
const swept = new Set<string>();

/**
 * Deletes the temporary files a killed writer left in `dir` (only those whose process is gone) and
 * returns their names. Files of live writers and every other file stay.
 */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  const stale = names.filter((name) => {
    const pid = TEMPORARY.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isProcessAlive(Number(pid));
  });
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}

/** A file written to its temporary name but not yet in place: `commit` renames it over the target, `discard` removes it. */
export interface StagedFile {
  file: string;
  commit: () => Promise<void>;
  discard: () => Promise<void>;
}

/**
 * Writes `content` to a temporary file beside `file` (same folder, so the rename is atomic) and returns it
 * staged: nothing at `file` changes until `commit`. The first write into a folder also removes the temporary
 * files killed runs left there. `content` may be chunks of text, written one after another, for a file
 * longer than one string can be.
 */
export async function stageFile(
  file: string,
  content: string | Uint8Array | Iterable<string>,
): Promise<StagedFile> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  if (!swept.has(dir)) {
    swept.add(dir);
    await removeStaleTemporaries(dir);
  }
  const temporary = join(dir, `.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  const discard = () => rm(temporary, { force: true });
  try {
    await writeFile(temporary, content);
  } catch (error) {
    await discard();
    throw error;
  }
  const commit = async () => {
    try {
      await rename(temporary, file);
    } catch (error) {
      await discard();
      throw error;
    }
  };
  return { file, commit, discard };
}

/**
 * Writes `content` to `file` via a temporary file in the same folder and a rename ({@link stageFile}), so
 * readers never see a half-written file and a failure leaves the old file untouched.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array | Iterable<string>,
): Promise<void> {
  await (await stageFile(file, content)).commit();
}
