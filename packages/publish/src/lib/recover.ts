import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { processesWorkingIn } from '@joblist/io';

/** How long to wait for a git process a killed run left behind to finish on its own. */
const ORPHAN_WAIT_MS = 10_000;

/** Every git lock file (`*.lock`) directly in `gitDir` and under its `refs/`: what a killed git run leaves. */
export async function gitLockFiles(gitDir: string): Promise<string[]> {
  if (!existsSync(gitDir)) return [];
  const top = (await readdir(gitDir))
    .filter((name) => name.endsWith('.lock'))
    .map((name) => join(gitDir, name));
  const refsDir = join(gitDir, 'refs');
  const refs = existsSync(refsDir)
    ? (await readdir(refsDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name.endsWith('.lock'))
        .map((entry) => join(entry.parentPath, entry.name))
    : [];
  return [...top, ...refs];
}

/** Waits (bounded) until no process works inside `dir`: the time it was seen quiet, or undefined. */
async function waitForNoProcessIn(dir: string): Promise<number | undefined> {
  const deadline = Date.now() + ORPHAN_WAIT_MS;
  for (;;) {
    const seen = Date.now();
    const live = await processesWorkingIn(dir);
    if (live === undefined || live.length === 0) return seen;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Removes the git lock files (`index.lock`, `HEAD.lock`, `refs/heads/<branch>.lock`, …) a killed run
 * left in the repository at `repoDir` (its git folder is `gitDir`), once no process works inside it any
 * more: the caller holds joblist's own lock on that repository, so any such lock has no live holder.
 * Returns the removed files relative to `repoDir`; throws naming the lock when a process still works there.
 */
export async function removeStaleGitLocks(repoDir: string, gitDir: string): Promise<string[]> {
  const locks = await gitLockFiles(gitDir);
  if (locks.length === 0) return [];
  const quietSince = await waitForNoProcessIn(repoDir);
  if (quietSince === undefined) {
    throw new Error(
      `${locks[0]}: a git process still works in ${repoDir} after ${ORPHAN_WAIT_MS / 1000} s; not removing its lock`,
    );
  }
  // Only locks older than the moment nothing worked there: a git started since then keeps its own.
  const removed: string[] = [];
  for (const file of await gitLockFiles(gitDir)) {
    const mtimeMs = await stat(file).then(
      (s) => s.mtimeMs,
      () => Number.POSITIVE_INFINITY,
    );
    if (mtimeMs > quietSince) continue;
    await rm(file, { force: true });
    removed.push(relative(repoDir, file));
  }
  return removed;
}
