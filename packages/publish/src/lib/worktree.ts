import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Git, GitError } from './git.ts';
import { removeStaleGitLocks } from './recover.ts';

/** Whether the prepared working copy starts from the remote branch or from an empty history. */
export interface Worktree {
  dir: string;
  /** The remote branch existed and the working copy is at its tip. */
  tracking: boolean;
}

/**
 * Brings a working copy in `dir` to the tip of `origin/<branch>` (clone on first use, fetch after),
 * discarding anything left by an earlier run. `location` undefined means the remote does not exist
 * yet (dry run): the working copy starts empty.
 */
export async function prepareWorktree(
  dir: string,
  location: string | undefined,
  branch: string,
  git: Git,
): Promise<Worktree> {
  if (!existsSync(join(dir, '.git'))) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await git(['init', '--quiet', `--initial-branch=${branch}`]);
  }
  if (location === undefined) return { dir, tracking: false };
  const hasOrigin = (await git(['remote'])).stdout.split('\n').includes('origin');
  await git(hasOrigin ? ['remote', 'set-url', 'origin', location] : ['remote', 'add', 'origin', location]);
  await git(['fetch', '--quiet', '--prune', 'origin']);
  const remoteRef = `refs/remotes/origin/${branch}`;
  const tracking =
    (await git(['rev-parse', '--verify', '--quiet', remoteRef], { allowFailure: true })).code === 0;
  if (tracking) {
    await git(['checkout', '--quiet', '--force', '-B', branch, remoteRef]);
    await git(['clean', '--quiet', '-ffdx']);
    return { dir, tracking };
  }
  const hasHead =
    (await git(['rev-parse', '--verify', '--quiet', 'HEAD'], { allowFailure: true })).code === 0;
  if (hasHead) {
    await rm(dir, { recursive: true, force: true });
    return prepareWorktree(dir, location, branch, git);
  }
  await git(['read-tree', '--empty']);
  await git(['clean', '--quiet', '-ffdx']);
  return { dir, tracking };
}

/**
 * {@link prepareWorktree} that recovers from a killed run by itself: git lock files left in the work copy
 * are removed first (the caller holds the work copy's joblist lock), and a work copy git still cannot use
 * is deleted and made again from the remote. `log` gets one line per recovery step.
 */
export async function prepareWorktreeAfterCrash(
  dir: string,
  location: string | undefined,
  branch: string,
  git: Git,
  log: (line: string) => void,
): Promise<Worktree> {
  const removed = await removeStaleGitLocks(dir, join(dir, '.git'));
  if (removed.length > 0) log(`removed git lock file(s) a killed run left: ${removed.join(', ')}`);
  try {
    return await prepareWorktree(dir, location, branch, git);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    log(`the work copy is unusable (${error.message}); making it again from the remote`);
    await rm(dir, { recursive: true, force: true });
    return prepareWorktree(dir, location, branch, git);
  }
}
