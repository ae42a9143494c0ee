import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from './git.ts';
import type { Remote } from './remote.ts';

/** Whether the target repository exists: already there, just created, or absent (dry run only). */
export type TargetState = 'present' | 'created' | 'absent';

/** The target repository's state and the commit its branch points at (undefined: no such branch yet). */
export interface Target {
  state: TargetState;
  head: string | undefined;
}

/** The target repository does not exist and may not be created. */
export class MissingRepositoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingRepositoryError';
  }
}

/** What {@link ensureTarget} may do. */
export interface EnsureTargetOptions {
  remote: Remote;
  branch: string;
  /** Runs git outside any repository (ls-remote, init --bare). */
  git: (cwd: string) => Git;
  /** Report instead of creating anything. */
  dryRun: boolean;
}

/** What `git init --bare` creates: a folder holding only (some of) these was cut short by a killed run. */
const BARE_LAYOUT = new Set([
  'HEAD',
  'config',
  'description',
  'hooks',
  'info',
  'objects',
  'refs',
  'branches',
]);

async function isPartialBareRepository(path: string): Promise<boolean> {
  return (await readdir(path)).every((name) => BARE_LAYOUT.has(name));
}

const NOT_FOUND = /not found|does not exist|repository .* not exported/iu;

/** `git ls-remote` of the branch alone: the one remote query publish makes before deciding anything. */
function listBranch(options: EnsureTargetOptions, location: string) {
  return options.git(process.cwd())(['ls-remote', '--heads', location, `refs/heads/${options.branch}`], {
    allowFailure: true,
  });
}

/** The commit of `refs/heads/<branch>` in `git ls-remote` output, or undefined when it is not listed. */
export function branchHead(lsRemoteOutput: string, branch: string): string | undefined {
  const ref = `refs/heads/${branch}`;
  for (const line of lsRemoteOutput.split('\n')) {
    const [commit, name] = line.split('\t');
    if (name === ref && commit) return commit;
  }
  return undefined;
}

/**
 * Makes sure the target repository exists and reads its branch's head with one `git ls-remote`. A missing
 * local remote becomes a new bare repository; a missing URL remote (created beforehand by
 * `publish --create`, see `publishCreating`) is reported
 * with a {@link MissingRepositoryError}.
 */
export async function ensureTarget(options: EnsureTargetOptions): Promise<Target> {
  const { remote, dryRun } = options;
  if (remote.kind === 'local') {
    const exists =
      (existsSync(join(remote.path, 'HEAD')) && existsSync(join(remote.path, 'refs'))) ||
      (existsSync(remote.path) && !(await isPartialBareRepository(remote.path)));
    if (exists) {
      const probe = await listBranch(options, remote.path);
      return {
        state: 'present',
        head: probe.code === 0 ? branchHead(probe.stdout, options.branch) : undefined,
      };
    }
    if (dryRun) return { state: 'absent', head: undefined };
    await mkdir(remote.path, { recursive: true });
    await options.git(remote.path)(['init', '--bare', '--quiet', `--initial-branch=${options.branch}`]);
    return { state: 'created', head: undefined };
  }
  const probe = await listBranch(options, remote.url);
  if (probe.code === 0) return { state: 'present', head: branchHead(probe.stdout, options.branch) };
  if (!NOT_FOUND.test(probe.stderr)) {
    throw new Error(`cannot reach ${remote.url}: ${probe.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  }
  if (dryRun) return { state: 'absent', head: undefined };
  throw new MissingRepositoryError(
    `the repository ${remote.url} does not exist; create it, or rerun with --create to create it on GitHub`,
  );
}
