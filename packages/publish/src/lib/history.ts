import { BuildManifestSchema, MANIFEST_PATH, parseJsonOrThrow } from '@joblist/core-model';
import { countJobRows } from '@joblist/markdown-writer';
import type { Git } from './git.ts';

/**
 * The rows a published version holds: its manifest's `rows`, or (published before manifests) its README's.
 * A published manifest that is not a valid one throws, naming the commit, the file and the field.
 */
async function rowsAt(git: Git, commit: string): Promise<number> {
  const manifest = await git(['show', `${commit}:${MANIFEST_PATH}`], { allowFailure: true });
  if (manifest.code === 0)
    return parseJsonOrThrow(BuildManifestSchema, manifest.stdout, `${commit}:${MANIFEST_PATH}`).rows;
  const readme = await git(['show', `${commit}:README.md`], { allowFailure: true });
  return readme.code === 0 ? countJobRows(readme.stdout) : 0;
}

/**
 * The job rows of the last `count` published versions in a working copy's history, newest first (the
 * commits that changed the README or the manifest, from HEAD); empty when nothing is published yet.
 */
export async function publishedRowCounts(git: Git, count: number): Promise<number[]> {
  const log = await git(
    ['log', `--max-count=${count}`, '--format=%H', 'HEAD', '--', 'README.md', MANIFEST_PATH],
    { allowFailure: true },
  );
  if (log.code !== 0) return [];
  const counts: number[] = [];
  for (const commit of log.stdout.split('\n').filter(Boolean)) counts.push(await rowsAt(git, commit));
  return counts;
}
