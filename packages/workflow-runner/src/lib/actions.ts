import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathList, restoreCache, saveCache } from './cache.ts';
import type { JobStatus } from './expression.ts';
import type { Fork } from './fork.ts';
import { findNode } from './node-version.ts';

/** What an action step gets: its `with:` inputs (interpolated) and the run it belongs to. */
export interface ActionContext {
  inputs: Record<string, string>;
  workspace: string;
  fork: Fork;
  /** The commit and branch the run is for. */
  sha: string;
  branch: string;
  /** `actions/upload-artifact` folders of this workflow run. */
  artifactsDir: string;
  /** The step's PATH (setup-node looks for Node there). */
  path: string;
  /** Extra `node` binaries the machine offers (see `findNode`). */
  nodes: readonly string[];
  log: (line: string) => void;
  /** Puts a folder first on PATH for the following steps (as `GITHUB_PATH`). */
  addPath: (dir: string) => void;
  /** Registers a post step, run at the end of the job with the job's status. */
  post: (run: (status: JobStatus) => void) => void;
}

/** An action the harness runs in place of GitHub's: the inputs it knows and what it does. */
interface Action {
  inputs: readonly string[];
  run: (context: ActionContext) => Record<string, string>;
}

function git(cwd: string, home: string, args: string[]): void {
  execFileSync('git', args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: home, GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `actions/checkout`: a fresh clone of the commit under test from the fork's repository, as the action does it. */
const checkout: Action = {
  inputs: ['repository', 'ref', 'path', 'fetch-depth', 'persist-credentials', 'token'],
  run: ({ inputs, workspace, fork, sha, branch, log }) => {
    const target = resolve(workspace, inputs.path ?? '.');
    mkdirSync(target, { recursive: true });
    const ref = inputs.ref || sha;
    const depth = inputs['fetch-depth'] ?? '1';
    const source = /^[0-9a-f]{40}$/u.test(ref) ? ref : `refs/heads/${ref.replace(/^refs\/heads\//u, '')}`;
    git(target, fork.home, ['init', '--quiet', '--initial-branch', branch]);
    git(target, fork.home, [
      'remote',
      'add',
      'origin',
      `https://github.com/${inputs.repository || fork.repository}`,
    ]);
    git(target, fork.home, [
      'fetch',
      '--quiet',
      '--no-tags',
      ...(depth === '0' ? [] : [`--depth=${depth}`]),
      'origin',
      `+${source}:refs/remotes/origin/${branch}`,
    ]);
    git(target, fork.home, ['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`]);
    if (inputs['persist-credentials'] !== 'false') {
      // What the real action leaves behind unless told not to: the token in .git/config.
      const basic = Buffer.from(`x-access-token:${inputs.token || fork.githubToken}`).toString('base64');
      git(target, fork.home, [
        'config',
        '--local',
        'http.https://github.com/.extraheader',
        `AUTHORIZATION: basic ${basic}`,
      ]);
    }
    log(`checked out ${fork.repository}@${sha.slice(0, 7)} into ${relative(workspace, target) || '.'}`);
    return {};
  },
};

/** `actions/setup-node`: uses the Node asked for when this machine has it, else says which Node runs. */
const setupNode: Action = {
  inputs: ['node-version'],
  run: ({ inputs, path, nodes, log, addPath }) => {
    const wanted = inputs['node-version'] ?? '';
    const found = findNode(wanted, path, nodes);
    if (found) {
      addPath(found.bin);
      log(`setup-node: Node ${found.version} (asked for ${wanted})`);
      return { 'node-version': found.version };
    }
    const current = findNode('*', path)?.version ?? 'none';
    log(`::warning::setup-node: Node ${wanted} is not on this machine; the run uses Node ${current}`);
    return { 'node-version': current };
  },
};

function restoreStep(context: ActionContext, failOnMiss: boolean) {
  const { inputs, fork, workspace, log } = context;
  const key = inputs.key ?? '';
  const paths = pathList(inputs.path);
  if (!key || paths.length === 0) throw new Error('cache: the "key" and "path" inputs are required');
  const hit = restoreCache(fork.cacheDir, workspace, paths, key, pathList(inputs['restore-keys']));
  if (!hit && failOnMiss) throw new Error(`cache: no entry for key ${key} (fail-on-cache-miss)`);
  log(hit ? `cache restored from key: ${hit.key}` : `cache not found for key: ${key}`);
  return { key, paths, hit };
}

function saveStep(context: ActionContext, key: string, paths: string[]) {
  const saved = saveCache(context.fork.cacheDir, context.workspace, paths, key);
  context.log(
    saved
      ? `cache saved with key: ${key}`
      : `::warning::cache not saved: key ${key} exists or no path exists`,
  );
}

const CACHE_INPUTS = ['path', 'key', 'restore-keys', 'fail-on-cache-miss'] as const;

/** `actions/cache`: restores now, saves at the end of a successful job unless the key was hit exactly. */
const cache: Action = {
  inputs: CACHE_INPUTS,
  run: (context) => {
    const { key, paths, hit } = restoreStep(context, context.inputs['fail-on-cache-miss'] === 'true');
    if (!hit?.exact)
      context.post((status) => {
        if (status === 'success') saveStep(context, key, paths);
      });
    return { 'cache-hit': String(hit?.exact ?? false) };
  },
};

/** `actions/cache/restore`. */
const cacheRestore: Action = {
  inputs: CACHE_INPUTS,
  run: (context) => {
    const { key, hit } = restoreStep(context, context.inputs['fail-on-cache-miss'] === 'true');
    return {
      'cache-hit': String(hit?.exact ?? false),
      'cache-primary-key': key,
      'cache-matched-key': hit?.key ?? '',
    };
  },
};

/** `actions/cache/save`. */
const cacheSave: Action = {
  inputs: ['path', 'key'],
  run: (context) => {
    saveStep(context, context.inputs.key ?? '', pathList(context.inputs.path));
    return {};
  },
};

/** The files of an upload's paths, relative to their deepest common folder (as upload-artifact stores them). */
function uploadRoot(files: string[]): string {
  if (files.length === 1 && statSync(files[0] ?? '').isFile()) return dirname(files[0] ?? '');
  if (files.length === 1) return files[0] ?? '';
  const parts = files.map((file) => file.split(sep));
  const common: string[] = [];
  for (
    let index = 0;
    parts.every((list) => list[index] !== undefined && list[index] === parts[0]?.[index]);
    index++
  )
    common.push(parts[0]?.[index] ?? '');
  return common.join(sep) || sep;
}

/** `actions/upload-artifact`: copies the paths into the run's artifact folder. */
const uploadArtifact: Action = {
  inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'overwrite'],
  run: ({ inputs, workspace, artifactsDir, log }) => {
    const name = inputs.name || 'artifact';
    const files = pathList(inputs.path)
      .map((path) => resolve(workspace, path))
      .filter((path) => existsSync(path));
    if (files.length === 0) {
      if (inputs['if-no-files-found'] === 'error') throw new Error(`upload-artifact ${name}: no files found`);
      log(`::warning::upload-artifact ${name}: no files found; nothing uploaded`);
      return {};
    }
    const target = join(artifactsDir, name);
    if (existsSync(target) && inputs.overwrite !== 'true')
      throw new Error(`upload-artifact ${name}: an artifact with this name already exists in the run`);
    const root = uploadRoot(files);
    for (const file of files)
      cpSync(file, join(target, relative(root, file) || basename(file)), { recursive: true });
    log(`uploaded artifact ${name}: ${files.length} path(s)`);
    return {};
  },
};

/** `actions/download-artifact`: copies an artifact of the run into `path` (default: the workspace). */
const downloadArtifact: Action = {
  inputs: ['name', 'path'],
  run: ({ inputs, workspace, artifactsDir, log }) => {
    const names = inputs.name ? [inputs.name] : existsSync(artifactsDir) ? readdirSync(artifactsDir) : [];
    for (const name of names) {
      const from = join(artifactsDir, name);
      if (!existsSync(from)) throw new Error(`download-artifact: no artifact named ${name} in this run`);
      const to = resolve(workspace, inputs.path ?? '.', inputs.name ? '.' : name);
      cpSync(from, to, { recursive: true });
      log(`downloaded artifact ${name} into ${relative(workspace, to) || '.'}`);
    }
    return {};
  },
};

const ACTIONS: Record<string, Action> = {
  'actions/checkout': checkout,
  'actions/setup-node': setupNode,
  'actions/cache': cache,
  'actions/cache/restore': cacheRestore,
  'actions/cache/save': cacheSave,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
};

/**
 * Runs a `uses:` step with the harness's stand-in for that action and returns its outputs. An action it
 * has no stand-in for, or an input the stand-in does not implement, is an error (never silently skipped).
 */
export function runAction(uses: string, context: ActionContext): Record<string, string> {
  const name = uses.replace(/@[^@]*$/u, '');
  const action = ACTIONS[name];
  if (!action)
    throw new Error(
      `uses: ${uses}: no stand-in for this action in the harness (it runs ${Object.keys(ACTIONS).join(', ')})`,
    );
  const unknown = Object.keys(context.inputs).filter((input) => !action.inputs.includes(input));
  if (unknown.length > 0)
    throw new Error(`uses: ${uses}: input ${unknown.join(', ')} is not implemented by the harness's ${name}`);
  return action.run(context);
}
