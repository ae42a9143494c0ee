import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathInside } from './inside.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** One generated file: its path relative to the project root, and the text it must hold. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/**
 * Brings generated files (issue forms, workflows) in line with what the config makes: each file whose text
 * differs (or that is missing) is written atomically, unless `check`, which writes nothing. Returns the paths
 * that were (or, with `check`, would be) written.
 */
export async function syncFiles(
  root: string,
  files: readonly GeneratedFile[],
  { check = false }: { check?: boolean } = {},
): Promise<string[]> {
  const stale: string[] = [];
  for (const { path, text } of files) {
    const file = pathInside(root, path);
    if ((await readFile(file, 'utf8').catch(() => '')) === text) continue;
    stale.push(path);
    if (check) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, text);
  }
  return stale;
}
