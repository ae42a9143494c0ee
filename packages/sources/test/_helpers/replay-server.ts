import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `packages/sources/test/_helpers/`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The read-only shared fixtures folder `../shared/fixtures/sources`, relative to the repository root. */
export const sharedSourcesDir = resolve(repoRoot, '../shared/fixtures/sources');

/** True when `../shared/fixtures/sources` exists; use with `describe.skipIf(!sharedAvailable)`. */
export const sharedAvailable = existsSync(sharedSourcesDir);

/** The message to pass to `skipIf` tests when the shared fixtures are absent. */
export const sharedMissingMessage = `shared fixtures not found at ${sharedSourcesDir} (skipped)`;

/** Absolute path of `../shared/fixtures/sources/<name>`, e.g. `fixturePath('greenhouse.sample.json')`. */
export function fixturePath(name: string): string {
  return join(sharedSourcesDir, name);
}

/** Reads `../shared/fixtures/sources/<name>` as text. */
export function readFixture(name: string): Promise<string> {
  return readFile(fixturePath(name), 'utf8');
}

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. `/v1/boards/acme/jobs`. */
  path: string;
  /** Query parameters (the last value wins for repeated names). */
  query: Record<string, string>;
  /** Lowercased header names. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** `Date.now()` when the request arrived. */
  at: number;
}

/** A canned response. `body` objects are sent as JSON; strings and buffers are sent as given. */
export interface ReplayResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
}

/** Computes the response itself; `n` counts earlier requests to the same route (0 for the first). */
export type ReplayHandler = (request: RecordedRequest, n: number) => ReplayResponse | Promise<ReplayResponse>;

/**
 * A route: a response, a handler, or a list of responses served in turn (the last one repeats).
 */
export type ReplayRoute = ReplayResponse | ReplayHandler | ReplayResponse[];

/**
 * Routes keyed by path (`/jobs`) or path plus query (`/jobs?page=2`). A key with a query matches
 * only when every listed parameter is present with that value; it wins over the bare path.
 * Unmatched requests get 404 with a JSON body naming the path.
 */
export type ReplayRoutes = Record<string, ReplayRoute>;

/** A running replay server. */
export interface ReplayServer {
  /** `http://127.0.0.1:<port>` (or the host given) with no trailing slash; pass it as a source's `baseUrl`. */
  url: string;
  /** Every request received, in arrival order. */
  requests: RecordedRequest[];
  /** Requests received for one path (query ignored). */
  requestsTo(path: string): RecordedRequest[];
  /**
   * Replaces or adds routes while the server runs (e.g. to make the upstream change between fetches);
   * the request count `n` of each route given starts again at 0.
   */
  setRoutes(routes: ReplayRoutes): void;
  /** Stops the server, dropping hanging connections. */
  close(): Promise<void>;
}

function routeMatches(key: string, request: RecordedRequest): boolean {
  const [path, search] = key.split('?', 2) as [string, string | undefined];
  if (path !== request.path) return false;
  if (search === undefined) return true;
  for (const [name, value] of new URLSearchParams(search)) {
    if (request.query[name] !== value) return false;
  }
  return true;
}

function pickRoute(routes: ReplayRoutes, request: RecordedRequest): string | undefined {
  const keys = Object.keys(routes).filter((key) => routeMatches(key, request));
  // The most specific key (the most query parameters) wins.
  return keys.sort((a, b) => b.length - a.length)[0];
}

async function resolveResponse(
  route: ReplayRoute,
  request: RecordedRequest,
  n: number,
): Promise<ReplayResponse> {
  if (typeof route === 'function') return route(request, n);
  if (Array.isArray(route)) return route[Math.min(n, route.length - 1)] ?? { status: 500 };
  return route;
}

function send(res: ServerResponse, response: ReplayResponse): void {
  const { body } = response;
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | Buffer = '';
  if (typeof body === 'string' || Buffer.isBuffer(body)) payload = body;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(response.status ?? 200, headers);
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Settings of {@link startReplayServer}. */
export interface ReplayServerOptions {
  /** Loopback address to listen on; `127.0.0.1` unless given (benchmarks use other 127.x hosts). */
  host?: string;
}

/**
 * Starts a real `node:http` server on 127.0.0.1 (random port) that answers from `routes`.
 *
 * @example
 * const server = await startReplayServer({
 *   '/v1/boards/acme/jobs': { body: await readFixture('greenhouse.sample.json') },
 *   '/flaky': [{ status: 500 }, { body: { ok: true } }],            // 500 first, then 200
 *   '/slow': { hang: true },                                         // never answers
 *   '/echo': (request, n) => ({ body: { n, q: request.query } }),    // computed
 * });
 * // ... use server.url as baseUrl, inspect server.requests ...
 * await server.close();
 */
export async function startReplayServer(
  initialRoutes: ReplayRoutes = {},
  { host = '127.0.0.1' }: ReplayServerOptions = {},
): Promise<ReplayServer> {
  if (!host.startsWith('127.')) throw new Error(`replay servers listen on loopback only, not ${host}`);
  let routes = { ...initialRoutes };
  const requests: RecordedRequest[] = [];
  const hits = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: await readBody(req),
      at: Date.now(),
    };
    requests.push(request);
    const key = pickRoute(routes, request);
    const route = key === undefined ? undefined : routes[key];
    if (key === undefined || route === undefined) {
      send(res, { status: 404, body: { error: `no route for ${request.path}` } });
      return;
    }
    const n = hits.get(key) ?? 0;
    hits.set(key, n + 1);
    try {
      const response = await resolveResponse(route, request, n);
      if (response.hang) return;
      if (response.delayMs) await new Promise((done) => setTimeout(done, response.delayMs));
      send(res, response);
    } catch (error) {
      send(res, { status: 500, body: { error: (error as Error).message } });
    }
  });
  await new Promise<void>((ready) => server.listen(0, host, ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    setRoutes(next) {
      routes = { ...routes, ...next };
      for (const key of Object.keys(next)) hits.delete(key);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
