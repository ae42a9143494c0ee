import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { promisify } from 'node:util';

/** Environment for Turbo in tests: no telemetry, no inherited remote-cache settings, plus `extra`. */
export function turboEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  for (const name of Object.keys(env)) if (/^TURBO_(API|TOKEN|TEAM|REMOTE_)/u.test(name)) delete env[name];
  return { ...env, ...extra };
}

/** Cache status (`HIT`/`MISS`), source and task hash per task id of one `turbo run ... --summarize`. */
export type TaskCache = Record<string, { status: string; source?: string; hash: string }>;

/**
 * Runs `node_modules/.bin/turbo run <args> --summarize` in `cwd` (asynchronously, so a loopback server
 * in the test process keeps answering) and returns the cache status of every
 * task whose id ends with `#<task>`, read from the run summary Turbo writes to `.turbo/runs/`.
 */
export async function turboRun(
  cwd: string,
  task: string,
  args: string[] = [],
  env = turboEnv(),
): Promise<TaskCache> {
  const runs = join(cwd, '.turbo/runs');
  const before = new Set(safeList(runs));
  await promisify(execFile)(join(cwd, 'node_modules/.bin/turbo'), ['run', task, '--summarize', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const summaryFile = safeList(runs).find((file) => !before.has(file));
  if (!summaryFile) throw new Error(`turbo run ${task} wrote no run summary in ${runs}`);
  const summary = JSON.parse(readFileSync(join(runs, summaryFile), 'utf8')) as {
    tasks: Array<{ taskId: string; hash: string; cache: { status: string; source?: string } }>;
  };
  return Object.fromEntries(
    summary.tasks
      .filter((entry) => entry.taskId.endsWith(`#${task}`))
      .map((entry) => [
        entry.taskId,
        { status: entry.cache.status, source: entry.cache.source, hash: entry.hash },
      ]),
  );
}

/**
 * What `pnpm build` does, with the run summary of {@link turboRun}: `joblist split` writes each category's
 * slice from the snapshot, then `turbo run build` (two commands, so Turbo hashes the new slices).
 */
export async function buildRun(cwd: string, args: string[] = [], env = turboEnv()): Promise<TaskCache> {
  await promisify(execFile)(join(cwd, 'node_modules/.bin/joblist'), ['split'], { cwd, env });
  return turboRun(cwd, 'build', args, env);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The statuses of a {@link TaskCache}, by task id. */
export function statuses(cache: TaskCache): Record<string, string> {
  return Object.fromEntries(Object.entries(cache).map(([id, entry]) => [id, entry.status]));
}

/** A loopback server speaking Turborepo's remote cache API, artifacts kept in memory. */
export interface RemoteCacheServer {
  /** `http://127.0.0.1:<port>`, for `TURBO_API`. */
  api: string;
  /** Stored artifacts by hash (what turbo uploaded). */
  artifacts: Map<string, Buffer>;
  /** Every request's method, path and status, for assertions. */
  requests: Array<{ method: string; path: string; status: number }>;
  close: () => Promise<void>;
}

const ARTIFACT_PATH = /^\/v8\/artifacts\/([0-9a-zA-Z]+)$/u;

/**
 * Starts a remote cache on a free loopback port: `GET /v8/artifacts/status`, `PUT`/`GET`/`HEAD
 * /v8/artifacts/:hash` (with the `x-artifact-tag` turbo signs with, when it sends one), `POST
 * /v8/artifacts` (which of these hashes exist) and `POST /v8/artifacts/events`. Every request must carry
 * `Authorization: Bearer <token>` (401 otherwise); a missing artifact is 404.
 */
export async function startRemoteCache(token: string): Promise<RemoteCacheServer> {
  const artifacts = new Map<string, Buffer>();
  const tags = new Map<string, string>();
  const requests: RemoteCacheServer['requests'] = [];
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const reply = (status: number, body: unknown) => {
      requests.push({ method, path, status });
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    void buffer(request).then((body) => {
      if (request.headers.authorization !== `Bearer ${token}`) return reply(401, { error: 'unauthorized' });
      if (path === '/v8/artifacts/status' && method === 'GET') return reply(200, { status: 'enabled' });
      if (path === '/v8/artifacts/events' && method === 'POST') return reply(200, {});
      if (path === '/v8/artifacts' && method === 'POST') {
        const { hashes = [] } = JSON.parse(body.toString('utf8') || '{}') as { hashes?: string[] };
        return reply(200, Object.fromEntries(hashes.map((hash) => [hash, artifacts.has(hash) ? {} : null])));
      }
      const hash = ARTIFACT_PATH.exec(path)?.[1];
      if (hash === undefined) return reply(404, { error: 'not found' });
      if (method === 'PUT') {
        artifacts.set(hash, body);
        const tag = request.headers['x-artifact-tag'];
        if (typeof tag === 'string') tags.set(hash, tag);
        return reply(202, { urls: [hash] });
      }
      const artifact = artifacts.get(hash);
      if (method !== 'GET' && method !== 'HEAD') return reply(405, { error: 'method not allowed' });
      if (artifact === undefined) return reply(404, { error: 'artifact not found' });
      const tag = tags.get(hash);
      requests.push({ method, path, status: 200 });
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(artifact.length),
        ...(tag === undefined ? {} : { 'x-artifact-tag': tag }),
      });
      response.end(method === 'GET' ? artifact : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    artifacts,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
