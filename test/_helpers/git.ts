import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveGitHttpBackend } from '@joblist/loopback-github';

/** The identity test helpers commit with (set via env, never global config). */
const TEST_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Human',
  GIT_AUTHOR_EMAIL: 'human@example.com',
  GIT_COMMITTER_NAME: 'Test Human',
  GIT_COMMITTER_EMAIL: 'human@example.com',
};

/** A fresh temporary folder, removed by the returned cleanup. */
export function makeTempDir(prefix = 'joblist-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs git synchronously in `cwd` and returns its trimmed stdout. */
export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...TEST_IDENTITY, GIT_TERMINAL_PROMPT: '0' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Creates an empty bare repository with branch `main`. */
export function initBare(path: string): string {
  mkdirSync(path, { recursive: true });
  git(path, ['init', '--bare', '--quiet', '--initial-branch=main']);
  return path;
}

/** The number of commits on `main` of a repository (0 when the branch does not exist yet). */
export function commitCount(repo: string, branch = 'main'): number {
  try {
    return Number(git(repo, ['rev-list', '--count', `refs/heads/${branch}`]));
  } catch {
    return 0;
  }
}

/** The commit subjects on `main`, newest first. */
export function commitSubjects(repo: string, branch = 'main'): string[] {
  return git(repo, ['log', '--format=%s', `refs/heads/${branch}`])
    .split('\n')
    .filter(Boolean);
}

/** The bytes of a file at the tip of a branch (default `main`) or at a commit given by its hash. */
export function showFile(repo: string, path: string, revision = 'main'): Buffer {
  const ref = /^[0-9a-f]{7,40}$/u.test(revision) ? revision : `refs/heads/${revision}`;
  return execFileSync('git', ['show', `${ref}:${path}`], { cwd: repo });
}

/** The file paths at the tip of `main`. */
export function listFiles(repo: string, branch = 'main'): string[] {
  return git(repo, ['ls-tree', '-r', '--name-only', `refs/heads/${branch}`])
    .split('\n')
    .filter(Boolean);
}

/**
 * Commits `files` (path → content) as a human would, in a scratch clone of `bare`, and pushes to `main`.
 * Returns the new commit's hash.
 */
export function pushHumanCommit(
  bare: string,
  files: Record<string, string | Buffer>,
  message: string,
): string {
  const scratch = mkdtempSync(join(tmpdir(), 'joblist-human-'));
  try {
    git(scratch, ['init', '--quiet', '--initial-branch=main']);
    git(scratch, ['remote', 'add', 'origin', bare]);
    if (commitCount(bare) > 0) {
      git(scratch, ['fetch', '--quiet', 'origin', 'main']);
      git(scratch, ['checkout', '--quiet', '-B', 'main', 'FETCH_HEAD']);
    }
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), content);
    }
    git(scratch, ['add', '--all']);
    git(scratch, ['commit', '--quiet', '-m', message]);
    git(scratch, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    return git(scratch, ['rev-parse', 'HEAD']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A loopback server speaking git smart HTTP (via `git http-backend`); for GitHub's API see @joblist/loopback-github. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Remote template for `joblist publish --remote`. */
  remoteTemplate: string;
  /** Base URL for `JOBLIST_GITHUB_API` (answered only by `redirects`). */
  apiBase: string;
  /** The bare repository of `<org>/<repo>` on disk. */
  repoPath: (org: string, repo: string) => string;
  /** Push attempts (`git-receive-pack` negotiations) per `<org>/<repo>`. */
  pushes: Map<string, number>;
  /** Every request's method, path and Authorization header, for assertions. */
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  /** Repositories answering 503 (unreachable). */
  unavailable: Set<string>;
  /** Path prefixes (`/git/`, `/api/`) answered with a 301 to the same path on another origin. */
  redirects: Map<string, string>;
  close: () => Promise<void>;
}

/**
 * Starts the loopback git server. With `token`, git requests must carry
 * `Authorization: Basic base64(x-access-token:<token>)`.
 */
export async function startGitHttpServer(root: string, token?: string): Promise<GitHttpServer> {
  const pushes = new Map<string, number>();
  const requests: GitHttpServer['requests'] = [];
  const unavailable = new Set<string>();
  const redirects = new Map<string, string>();
  const basic = token && `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const repoPath = (org: string, repo: string) => join(root, org, `${repo}.git`);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorization = request.headers.authorization;
    requests.push({ method: request.method ?? '', path: url.pathname, authorization });
    for (const [prefix, target] of redirects) {
      if (url.pathname.startsWith(prefix))
        return response.writeHead(301, { location: `${target}${url.pathname}${url.search}` }).end();
    }
    const gitPath = /^\/git\/([^/]+)\/([^/]+)\.git(\/.*)$/u.exec(url.pathname);
    if (!gitPath) return response.writeHead(404).end();
    const key = `${gitPath[1]}/${gitPath[2]}`;
    if (unavailable.has(key)) return response.writeHead(503).end('service unavailable');
    if (basic && authorization !== basic) {
      return response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
    }
    if (!existsSync(repoPath(gitPath[1] ?? '', gitPath[2] ?? '')))
      return response.writeHead(404).end('Not found');
    if (url.searchParams.get('service') === 'git-receive-pack') pushes.set(key, (pushes.get(key) ?? 0) + 1);
    void serveGitHttpBackend(root, `/${key}.git${gitPath[3]}`, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    remoteTemplate: `${origin}/git/{org}/{repo}.git`,
    apiBase: `${origin}/api`,
    repoPath,
    pushes,
    requests,
    unavailable,
    redirects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every file under `dir` (recursively) whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(needle));
}
