import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Snapshot } from '@joblist/core-model';
import { checkSnapshotSize, parseSnapshot, readSnapshot } from '@joblist/core-model';
import { withLock, writeFileAtomic } from '@joblist/io';
import { allowsHttpLoopback, gitAuthEnvironment, readToken, tokenRedactor } from './auth.ts';
import { createGit, type Git, GitError, type GitIdentity } from './git.ts';
import { githubRemote } from './remote.ts';

/** The file the state branch holds. */
export const STATE_FILE = 'snapshot.json';
/** The local ref the fetched state branch is kept under. */
const STATE_REF = 'refs/joblist/state';

/** Where the state lives and how to reach it. */
export interface StateBranch {
  /** The repository holding the state branch (URL or local path). */
  remote: string;
  branch: string;
  /** A git runner in the local bare store (`out/state.git`), created on first use. */
  git: Git;
  storeDir: string;
}

async function openStore(state: StateBranch): Promise<void> {
  if (existsSync(join(state.storeDir, 'HEAD'))) return;
  await mkdir(state.storeDir, { recursive: true });
  await state.git(['init', '--bare', '--quiet']);
}

/** Fetches the state branch into {@link STATE_REF}; false when the remote has no such branch yet. */
async function fetchState(state: StateBranch): Promise<boolean> {
  await openStore(state);
  const { git, remote, branch } = state;
  const fetched = await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${STATE_REF}`], {
    allowFailure: true,
  });
  if (fetched.code === 0) return true;
  if (/couldn't find remote ref/iu.test(fetched.stderr)) {
    await git(['update-ref', '-d', STATE_REF], { allowFailure: true });
    return false;
  }
  throw new GitError(
    `fetching the state branch ${branch} failed: ${fetched.stderr.trim()}`,
    fetched.code,
    fetched,
  );
}

/** What {@link saveState} did. */
export type SaveResult = { status: 'saved'; commit: string } | { status: 'unchanged' };

/**
 * Commits the snapshot file as `snapshot.json` on the state branch (on top of its tip, no force) and
 * pushes it, unless the branch already holds these bytes. The snapshot is validated first: a broken
 * file is never saved.
 */
export async function saveState(state: StateBranch, snapshotFile: string): Promise<SaveResult> {
  const snapshot = await readSnapshot(snapshotFile);
  const { git } = state;
  const exists = await fetchState(state);
  const blob = (await git(['hash-object', '-w', '--', snapshotFile])).stdout.trim();
  const tree = (await git(['mktree'], { input: `100644 blob ${blob}\t${STATE_FILE}\n` })).stdout.trim();
  if (exists && (await git(['rev-parse', `${STATE_REF}^{tree}`])).stdout.trim() === tree) {
    return { status: 'unchanged' };
  }
  const parent = exists ? ['-p', STATE_REF] : [];
  const message = `joblist state: snapshot updated ${snapshot.updatedAt}, ${snapshot.jobs.length} jobs`;
  const commit = (await git(['commit-tree', tree, ...parent, '-m', message])).stdout.trim();
  await git(['push', '--quiet', state.remote, `${commit}:refs/heads/${state.branch}`]);
  return { status: 'saved', commit: commit.slice(0, 7) };
}

/** What {@link restoreState} did. */
export type RestoreResult =
  | { status: 'restored'; updatedAt: string }
  | { status: 'kept'; updatedAt: string }
  | { status: 'missing' };

async function readLocal(snapshotFile: string): Promise<Snapshot | undefined> {
  if (!existsSync(snapshotFile)) return undefined;
  return readSnapshot(snapshotFile).catch(() => undefined);
}

/**
 * Writes the state branch's snapshot to `snapshotFile` when that file is missing, unreadable or older
 * (`updatedAt`) than the saved one; a newer local snapshot is kept. Holds the snapshot's lock, as
 * `fetch` does. A saved snapshot that fails validation, is over the size cap or is dated in the future is an
 * error and nothing is written.
 */
export async function restoreState(state: StateBranch, snapshotFile: string): Promise<RestoreResult> {
  return withLock(`${snapshotFile}.lock`, { command: 'state restore' }, async () => {
    if (!(await fetchState(state))) return { status: 'missing' };
    const shown = `${state.remote} branch ${state.branch}: ${STATE_FILE}`;
    // The size first: a state branch holding a 611 MB file is refused in one line, never read into a string.
    const size = Number((await state.git(['cat-file', '-s', `${STATE_REF}:${STATE_FILE}`])).stdout.trim());
    checkSnapshotSize(size, shown);
    const text = (await state.git(['show', `${STATE_REF}:${STATE_FILE}`])).stdout;
    const saved = parseSnapshot(text, shown);
    const local = await readLocal(snapshotFile);
    if (local && Date.parse(local.updatedAt) >= Date.parse(saved.updatedAt)) {
      return { status: 'kept', updatedAt: local.updatedAt };
    }
    await writeFileAtomic(snapshotFile, text);
    return { status: 'restored', updatedAt: saved.updatedAt };
  });
}

/** The default branch the snapshot is kept on between scheduled runs. */
export const DEFAULT_STATE_BRANCH = 'joblist-state';

/** Where the state is kept: the repository (a URL, or a local path), its branch and the local store. */
export interface StateBranchOptions {
  remote: string;
  /** Default: {@link DEFAULT_STATE_BRANCH}. */
  branch?: string;
  /** The local bare git store. */
  storeDir: string;
  /** Who commits the state. */
  author: GitIdentity;
}

/** The state branch the options name, its git store authenticated with the run's token (sent only over https). */
export function openStateBranch(options: StateBranchOptions): StateBranch {
  const token = readToken();
  const remote = /^[a-z][a-z0-9+.-]*:\/\//iu.test(options.remote)
    ? githubRemote(options.remote)
    : resolve(options.remote);
  const env = gitAuthEnvironment(remote, token, process.env, { allowHttpLoopback: allowsHttpLoopback() });
  const { storeDir } = options;
  const git = createGit({ cwd: storeDir, identity: options.author, env, redact: tokenRedactor(token) });
  return { remote, branch: options.branch ?? DEFAULT_STATE_BRANCH, git, storeDir };
}

/** What a save or restore did, in the words `joblist state` prints after the snapshot and branch. */
export function describeStateResult(result: SaveResult | RestoreResult): string {
  switch (result.status) {
    case 'saved':
      return `saved ${result.commit}`;
    case 'unchanged':
      return 'unchanged';
    case 'missing':
      return 'no state branch yet; nothing restored';
    case 'restored':
      return `restored (updatedAt ${result.updatedAt})`;
    case 'kept':
      return `kept the local snapshot (updatedAt ${result.updatedAt} is not older)`;
  }
}
