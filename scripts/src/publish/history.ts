import type { Git } from './git.ts';

/**
 * The last `count` published versions of README.md in a working copy's history, newest first (the
 * commits that changed it, from HEAD); empty when nothing is published yet.
 */
export async function publishedReadmes(git: Git, count: number): Promise<string[]> {
  const log = await git(['log', `--max-count=${count}`, '--format=%H', 'HEAD', '--', 'README.md'], {
    allowFailure: true,
  });
  if (log.code !== 0) return [];
  const commits = log.stdout.split('\n').filter(Boolean);
  const readmes: string[] = [];
  for (const commit of commits) readmes.push((await git(['show', `${commit}:README.md`])).stdout);
  return readmes;
}
