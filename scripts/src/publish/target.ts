import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPO_PLACEHOLDER } from '@joblist/core-model';
import { pathInside } from '../_utils/inside.ts';
import type { Git } from './git.ts';
import type { Remote } from './remote.ts';

/** Whether the target repository exists: already there, just created, or absent (dry run only). */
export type TargetState = 'present' | 'created' | 'absent';

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
  /** Creates a missing URL remote (GitHub `--create`); undefined when creating is not allowed. */
  create?: () => Promise<void>;
}

/**
 * A remote template must contain `{repo}` when the site has more than one category, or every category
 * would be pushed into one repository (also with `--category`: Turbo publishes them one by one).
 */
export function checkRemoteTemplate(template: string, categoryCount: number, where: string): void {
  if (categoryCount > 1 && !template.includes(REPO_PLACEHOLDER)) {
    throw new Error(
      `${where} "${template}": must contain ${REPO_PLACEHOLDER} (the site has ${categoryCount} categories, each published to its own repository)`,
    );
  }
}

/**
 * The folder of a filled local remote template, checked to stay inside the fixed folder the template
 * starts with (`out/repos/` of `out/repos/{repo}.git`), so no org or repo name can place it elsewhere.
 */
export function localRemotePath(template: string, filled: string, baseDir: string): string {
  const placeholder = template.indexOf('{');
  if (placeholder < 0) return resolve(baseDir, filled);
  const fixed = template.slice(0, placeholder).replace(/[^/\\]*$/u, '');
  return pathInside(resolve(baseDir, fixed), resolve(baseDir, filled));
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

/**
 * Makes sure the target repository exists. A missing local remote becomes a new bare repository; a
 * missing URL remote is created with `create` or reported with a {@link MissingRepositoryError}.
 */
export async function ensureTarget(options: EnsureTargetOptions): Promise<TargetState> {
  const { remote, dryRun } = options;
  if (remote.kind === 'local') {
    if (existsSync(join(remote.path, 'HEAD')) && existsSync(join(remote.path, 'refs'))) return 'present';
    if (existsSync(remote.path) && !(await isPartialBareRepository(remote.path))) return 'present';
    if (dryRun) return 'absent';
    await mkdir(remote.path, { recursive: true });
    await options.git(remote.path)(['init', '--bare', '--quiet', `--initial-branch=${options.branch}`]);
    return 'created';
  }
  const probe = await options.git(process.cwd())(['ls-remote', '--heads', remote.url], {
    allowFailure: true,
  });
  if (probe.code === 0) return 'present';
  if (!NOT_FOUND.test(probe.stderr)) {
    throw new Error(`cannot reach ${remote.url}: ${probe.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  }
  if (dryRun) return 'absent';
  if (!options.create) {
    throw new MissingRepositoryError(
      `the repository ${remote.url} does not exist; create it, or rerun with --create to create it on GitHub`,
    );
  }
  await options.create();
  return 'created';
}
