import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildOutput } from './build-output.ts';
import type { Git } from './git.ts';
import { checkRowDrop } from './guard.ts';
import { publishedReadmes } from './history.ts';
import { expiredArchives } from './retention.ts';

/** How the build output is applied to a working copy. */
export interface ApplyOptions {
  retentionDays: number;
  maxDropShare: number;
  /** How many published READMEs (newest first) the row-drop baseline looks at. */
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

/**
 * Writes README.md and the archive files into the working copy, deletes archive files past the
 * retention, and stages only those paths: joblist owns README.md and archive/YYYY-MM-DD.md, nothing else. Throws a RowDropError (before writing) when the README would
 * drop too many rows from the most of the last published ones.
 */
export async function applyBuildOutput(
  dir: string,
  output: BuildOutput,
  options: ApplyOptions,
  git: Git,
): Promise<ApplyResult> {
  const readmeFile = join(dir, 'README.md');
  if (!options.force) {
    const published = await publishedReadmes(git, options.dropBaselineRuns);
    checkRowDrop(published, output.readme, options.maxDropShare);
  }
  await writeFile(readmeFile, output.readme);
  const archiveDir = join(dir, 'archive');
  await mkdir(archiveDir, { recursive: true });
  for (const [name, content] of output.archives) await writeFile(join(archiveDir, name), content);
  const expired = expiredArchives(await readdir(archiveDir), output.buildTime, options.retentionDays);
  for (const name of expired) await rm(join(archiveDir, name));
  const archivePaths = [...output.archives.keys(), ...expired].map((name) => `archive/${name}`);
  await git(['add', '--all', '--', 'README.md', ...archivePaths]);
  const staged = await git(['diff', '--cached', '--quiet'], { allowFailure: true });
  if (staged.code > 1) throw new Error(`git diff failed in ${dir}: ${staged.stderr.trim()}`);
  return { changed: staged.code === 1, expired };
}
