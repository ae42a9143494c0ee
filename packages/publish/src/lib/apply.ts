import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH } from '@joblist/core-model';
import { type BuildOutput, readManifest } from './build-output.ts';
import type { Git } from './git.ts';
import { checkRowDrop } from './guard.ts';
import { publishedRowCounts } from './history.ts';
import { ARCHIVE_FILE, expiredArchives } from './retention.ts';

/** How the build output is applied to a working copy. */
export interface ApplyOptions {
  retentionDays: number;
  maxDropShare: number;
  /** How many published versions (newest first) the row-drop baseline looks at. */
  dropBaselineRuns: number;
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

/** The files the published manifest of a working copy lists (none before manifests existed). */
async function publishedFiles(dir: string): Promise<string[]> {
  const published = await readManifest(join(dir, MANIFEST_PATH));
  return published ? published.manifest.files.map((file) => file.path) : [];
}

/**
 * Writes every file of the build manifest (and the manifest) into the working copy, deletes files the
 * previous manifest listed that this build no longer makes (archive files are left to retention) and
 * archive files past the retention, and stages only those paths: joblist owns what its manifests list,
 * nothing else. Throws a RowDropError (before writing) when the build would drop too many rows from
 * the most of the last `dropBaselineRuns` published versions.
 */
export async function applyBuildOutput(
  dir: string,
  output: BuildOutput,
  options: ApplyOptions,
  git: Git,
): Promise<ApplyResult> {
  if (!options.force) {
    const published = await publishedRowCounts(git, options.dropBaselineRuns);
    checkRowDrop(published, output.manifest.rows, options.maxDropShare);
  }
  const previousFiles = await publishedFiles(dir);
  const written = [...output.files.keys(), MANIFEST_PATH];
  const files = new Map<string, string | Buffer>([...output.files, [MANIFEST_PATH, output.manifestText]]);
  for (const [path, content] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const dropped = previousFiles.filter((path) => !files.has(path) && !isArchivePath(path));
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
