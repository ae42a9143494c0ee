import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Who the harness commits as (set through the environment, never a global config). */
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Workflow Harness',
  GIT_AUTHOR_EMAIL: 'harness@example.com',
  GIT_COMMITTER_NAME: 'Workflow Harness',
  GIT_COMMITTER_EMAIL: 'harness@example.com',
};

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', ...env },
    encoding: 'utf8',
    ...(input === undefined
      ? { stdio: ['ignore', 'pipe', 'pipe'] }
      : { input, stdio: ['pipe', 'pipe', 'pipe'] }),
  }).trim();
}

/**
 * A fork as GitHub would hold it, on disk: its own repository and any others under a local "github.com"
 * folder, the state kept between workflow runs (the cache folder) and the runner's home, whose
 * `.gitconfig` points `https://github.com/` at that folder, so the workflow's own URLs reach local bare
 * repositories and nothing else.
 */
export interface Fork {
  /** The folder holding everything below. */
  dir: string;
  /** `owner/name`, what `github.repository` says. */
  repository: string;
  /** The commit under test, on `main` of the fork's repository. */
  sha: string;
  /** `https://github.com/<path>` is read from `file://<githubDir>/<path>`. */
  githubDir: string;
  /** The runner's HOME. */
  home: string;
  /** `actions/cache` entries, kept between runs: a new fork has none. */
  cacheDir: string;
  /** What `github.token` (and `secrets.GITHUB_TOKEN`) is: a canary, to check no output shows it. */
  githubToken: string;
  /** This machine's network settings and package caches, given to every step (see `hostEnvironment`). */
  hostEnv: Record<string, string>;
  /** The bare repository of `owner/name` (created empty, branch `main`, when it does not exist). */
  createRepository: (fullName: string) => string;
  /** Where the bare repository of `owner/name` lives (it may not exist). */
  repositoryPath: (fullName: string) => string;
  /** Removes the fork's folder (when the harness made it). */
  cleanup: () => void;
}

/** How to make a {@link Fork}. */
export interface ForkOptions {
  /** A git checkout: its working tree (tracked and untracked files, minus ignored ones) is the commit under test. */
  source: string;
  /** `owner/name` of the fork (default `joblist-test/joblist`). */
  repository?: string;
  /** Where to keep the fork (default: a new temporary folder, removed by `cleanup`). */
  dir?: string;
  /**
   * Files the fork's owner changed on top of the working tree (path relative to its root → content), as a
   * deployment does with its own config: they replace (or add to) the working tree's files in the commit.
   */
  files?: Readonly<Record<string, string>>;
}

/** Variables that say how this machine reaches the network: proxies and the TLS trust store. */
const NETWORK_VARIABLE =
  /^(?:https?_proxy|no_proxy|all_proxy|node_extra_ca_certs|ssl_cert_(?:file|dir)|git_ssl_cainfo|curl_ca_bundle)$/iu;

/**
 * What a self-hosted runner on this machine would have: its network settings (proxies, CA bundle, npm's
 * global config) and its npm cache and pnpm store, so installs need not download again.
 */
function hostEnvironment(): Record<string, string> {
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => NETWORK_VARIABLE.test(entry[0]) && entry[1] !== undefined,
    ),
  );
  env.npm_config_cache = process.env.npm_config_cache ?? join(homedir(), '.npm');
  const globalConfig = join(dirname(dirname(process.execPath)), 'etc', 'npmrc');
  if (existsSync(globalConfig)) env.npm_config_globalconfig = globalConfig;
  const store = spawnSync('pnpm', ['store', 'path'], { encoding: 'utf8', cwd: tmpdir() });
  if (store.status === 0) env.pnpm_config_store_dir = store.stdout.trim().replace(/[/\\]v\d+$/u, '');
  return env;
}

/**
 * Commits the working tree of `source` (on top of its HEAD) into the bare repository `bare` without
 * touching `source`: a temporary index, new objects written into `bare`, which borrows the rest from
 * `source` as alternates. Returns the commit.
 */
function commitWorkingTree(source: string, bare: string, files: Readonly<Record<string, string>>): string {
  const objects = resolve(source, git(source, ['rev-parse', '--git-common-dir']), 'objects');
  writeFileSync(join(bare, 'objects/info/alternates'), `${objects}\n`);
  const index = join(bare, 'harness-index');
  const sourceIndex = git(source, ['rev-parse', '--git-path', 'index']);
  copyFileSync(isAbsolute(sourceIndex) ? sourceIndex : join(source, sourceIndex), index);
  const env = {
    GIT_INDEX_FILE: index,
    GIT_OBJECT_DIRECTORY: join(bare, 'objects'),
    GIT_ALTERNATE_OBJECT_DIRECTORIES: objects,
  };
  git(source, ['add', '--all'], env);
  for (const [path, content] of Object.entries(files)) {
    const blob = git(source, ['hash-object', '-w', '--stdin'], env, content);
    git(source, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], env);
  }
  const tree = git(source, ['write-tree'], env);
  const commit = git(source, ['commit-tree', tree, '-p', 'HEAD', '-m', 'the working tree under test'], env);
  rmSync(index);
  git(bare, ['update-ref', 'refs/heads/main', commit]);
  return commit;
}

/** Makes a {@link Fork} of `source`'s working tree. */
export function createFork(options: ForkOptions): Fork {
  const owned = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'joblist-fork-'));
  const repository = options.repository ?? 'joblist-test/joblist';
  const githubDir = join(dir, 'github.com');
  const home = join(dir, 'home');
  const cacheDir = join(dir, 'cache');
  for (const folder of [githubDir, home, cacheDir]) mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(home, '.gitconfig'),
    `[url "file://${githubDir}/"]\n\tinsteadOf = https://github.com/\n`,
  );
  const repositoryPath = (fullName: string) => {
    if (!/^[\w.-]+\/[\w.-]+$/u.test(fullName)) throw new Error(`"${fullName}": expected owner/name`);
    return join(githubDir, `${fullName.replace(/\.git$/u, '')}.git`);
  };
  const createRepository = (fullName: string) => {
    const path = repositoryPath(fullName);
    mkdirSync(path, { recursive: true });
    git(path, ['init', '--bare', '--quiet', '--initial-branch=main']);
    return path;
  };
  const sha = commitWorkingTree(resolve(options.source), createRepository(repository), options.files ?? {});
  return {
    dir,
    repository,
    sha,
    githubDir,
    home,
    cacheDir,
    githubToken: `ghs_${randomBytes(18).toString('hex')}`,
    hostEnv: hostEnvironment(),
    createRepository,
    repositoryPath,
    cleanup: () => {
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}
