import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH } from '@joblist/core-model';
import { countJobRows } from '../readme/rows.ts';
import { type BuildOutput, readManifest } from './build-output.ts';
import type { Git } from './git.ts';
import { checkRowDrop } from './guard.ts';
import { ARCHIVE_FILE, expiredArchives } from './retention.ts';

/** How the build output is applied to a working copy. */
export interface ApplyOptions {
  retentionDays: number;
  maxDropShare: number;
  /** Skip the row-drop guard. */
  force: boolean;
}

/** What applying changed in the working copy (staged). */
export interface ApplyResult {
  changed: boolean;
  /** Archive files deleted by retention. */
  expired: string[];
}

/** Archive files are kept until retention removes them; any other file a build no longer makes goes. */
const isArchivePath = (path: string) =>
  path.startsWith('archive/') && ARCHIVE_FILE.test(path.slice('archive/'.length));

/**
 * The published state of a working copy: its manifest's rows and files. A repository published before
 * manifests existed has none: its README's rows are counted once, for the shrink guard.
 */
async function publishedState(dir: string): Promise<{ rows?: number; files: string[] }> {
  const published = await readManifest(join(dir, MANIFEST_PATH));
  if (published) return { rows: published.manifest.rows, files: published.manifest.files.map((f) => f.path) };
  const readme = join(dir, 'README.md');
  return { rows: existsSync(readme) ? countJobRows(await readFile(readme, 'utf8')) : undefined, files: [] };
}

/**
 * Writes every file of the build manifest (and the manifest) into the working copy, deletes files the
 * previous manifest listed that this build no longer makes (archive files are left to retention) and
 * archive files past the retention, and stages only those paths: joblist owns what its manifests list,
 * nothing else. Throws a RowDropError (before writing) when the build would drop too many rows.
 */
export async function applyBuildOutput(
  dir: string,
  output: BuildOutput,
  options: ApplyOptions,
  git: Git,
): Promise<ApplyResult> {
  const published = await publishedState(dir);
  if (!options.force) checkRowDrop(published.rows, output.manifest.rows, options.maxDropShare);
  const written = [...output.files.keys(), MANIFEST_PATH];
  const files = new Map<string, string | Buffer>([...output.files, [MANIFEST_PATH, output.manifestText]]);
  for (const [path, content] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const dropped = published.files.filter((path) => !files.has(path) && !isArchivePath(path));
  for (const path of dropped) await rm(join(dir, path), { force: true });
  const archiveDir = join(dir, 'archive');
  const expired = existsSync(archiveDir)
    ? expiredArchives(await readdir(archiveDir), output.buildTime, options.retentionDays)
    : [];
  for (const name of expired) await rm(join(archiveDir, name));
  const paths = [...written, ...dropped, ...expired.map((name) => `archive/${name}`)];
  await git(['add', '--all', '--', ...paths]);
  const staged = await git(['diff', '--cached', '--quiet'], { allowFailure: true });
  if (staged.code > 1) throw new Error(`git diff failed in ${dir}: ${staged.stderr.trim()}`);
  return { changed: staged.code === 1, expired };
}
