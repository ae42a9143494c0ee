import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, DEFAULT_USER_AGENT, type HttpClientOptions } from '../src/lib/http/client.ts';
import { SourceError } from '../src/lib/types.ts';
import { type ReplayRoutes, type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

/** Fast retries so fault tests finish quickly; each test overrides what it checks. */
const FAST: HttpClientOptions = {
  retries: 2,
  retryBaseMs: 10,
  retryMaxMs: 50,
  timeoutMs: 2000,
  allowLoopback: true,
};

describe('createHttpClient against a loopback server', () => {
  let server: ReplayServer;
  afterEach(() => server.close());

  const serve = async (routes: ReplayRoutes) => {
    server = await startReplayServer(routes);
    return server;
  };

  it('sends the User-Agent and the query, and parses JSON', async () => {
    await serve({ '/jobs': { body: { jobs: [1, 2] } } });
    const http = createHttpClient(FAST);
    expect(await http.json(`${server.url}/jobs`, { query: { page: 2, skip: undefined } })).toEqual({
      jobs: [1, 2],
    });
    const [request] = server.requests;
    expect(request?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(request?.query).toEqual({ page: '2' });
  });

  it('retries a 500 and returns the later success', async () => {
    await serve({ '/jobs': [{ status: 500, body: 'boom' }, { body: { ok: true } }] });
    expect(await createHttpClient(FAST).json(`${server.url}/jobs`)).toEqual({ ok: true });
    expect(server.requestsTo('/jobs')).toHaveLength(2);
  });

  it('gives up after the configured retries and says how often it tried', async () => {
    await serve({ '/jobs': { status: 502 } });
    await expect(createHttpClient(FAST).json(`${server.url}/jobs`)).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:\d+\/jobs: HTTP 502 Bad Gateway \(after 3 attempts\)$/u,
    );
    expect(server.requestsTo('/jobs')).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    await serve({});
    await expect(createHttpClient(FAST).json(`${server.url}/missing`)).rejects.toThrow(
      /HTTP 404 Not Found$/u,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('waits for Retry-After on a 429 instead of its own backoff', async () => {
    await serve({ '/jobs': [{ status: 429, headers: { 'retry-after': '1' } }, { body: [] }] });
    expect(await createHttpClient(FAST).json(`${server.url}/jobs`)).toEqual([]);
    const [first, second] = server.requestsTo('/jobs');
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('fails at once when Retry-After is longer than it is willing to wait', async () => {
    await serve({ '/jobs': { status: 503, headers: { 'retry-after': '3600' } } });
    await expect(createHttpClient(FAST).json(`${server.url}/jobs`)).rejects.toThrow(
      /Retry-After 3600 s exceeds/u,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('times out a hanging server on every attempt', async () => {
    await serve({ '/jobs': { hang: true } });
    const started = Date.now();
    await expect(
      createHttpClient({ ...FAST, retries: 1, timeoutMs: 150 }).json(`${server.url}/jobs`),
    ).rejects.toThrow(/timed out after 150 ms \(after 2 attempts\)$/u);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('retries a refused connection and names the error code, with secrets redacted', async () => {
    await serve({});
    const { url } = server;
    await server.close();
    await expect(createHttpClient({ ...FAST, retries: 1 }).json(`${url}/jobs?token=abc`)).rejects.toThrow(
      /\/jobs\?token=\*\*\*: network error \(ECONNREFUSED\) \(after 2 attempts\)$/u,
    );
    server = await startReplayServer();
  });

  it.each([
    [
      'truncated JSON',
      { body: '{"jobs":[{"id":1,"title":"Eng', headers: { 'content-type': 'application/json' } },
      /invalid JSON/u,
    ],
    [
      'an HTML page with status 200',
      { body: '<!doctype html><h1>Service unavailable</h1>' },
      /expected JSON but received HTML/u,
    ],
    ['an empty body', { body: '' }, /empty body where JSON was expected/u],
  ])('rejects %s without retrying', async (_, response, reason) => {
    await serve({ '/jobs': response });
    const failure = createHttpClient(FAST).json(`${server.url}/jobs`);
    await expect(failure).rejects.toBeInstanceOf(SourceError);
    await expect(failure).rejects.toThrow(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('revalidates with If-None-Match / If-Modified-Since and reuses the cached body on 304', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'joblist-http-'));
    const lastModified = 'Mon, 03 Nov 2025 20:30:00 GMT';
    await serve({
      '/jobs': (request) =>
        request.headers['if-none-match'] === '"v1"'
          ? { status: 304 }
          : { headers: { etag: '"v1"', 'last-modified': lastModified }, body: { jobs: ['cached'] } },
    });
    const url = `${server.url}/jobs`;
    expect(await createHttpClient({ ...FAST, cacheDir }).json(url)).toEqual({ jobs: ['cached'] });
    expect(await createHttpClient({ ...FAST, cacheDir }).json(url)).toEqual({ jobs: ['cached'] });
    const [first, second] = server.requests;
    expect(first?.headers['if-none-match']).toBeUndefined();
    expect(second?.headers['if-none-match']).toBe('"v1"');
    expect(second?.headers['if-modified-since']).toBe(lastModified);
  });

  it('does not cache a body it could not parse, so the next request is unconditional', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'joblist-http-'));
    await serve({
      '/jobs': [
        { headers: { etag: '"bad"' }, body: '{"jobs": [' },
        { headers: { etag: '"good"' }, body: [] },
      ],
    });
    const http = createHttpClient({ ...FAST, cacheDir });
    await expect(http.json(`${server.url}/jobs`)).rejects.toThrow(/invalid JSON/u);
    expect(await http.json(`${server.url}/jobs`)).toEqual([]);
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('treats a 304 it did not ask for as a failure', async () => {
    await serve({ '/jobs': { status: 304 } });
    await expect(createHttpClient(FAST).json(`${server.url}/jobs`)).rejects.toThrow(
      /304 Not Modified without a cached copy/u,
    );
  });

  it('never shows secrets from the query or headers in errors', async () => {
    await serve({ '/jobs': { status: 401 } });
    const failure = createHttpClient(FAST).json(`${server.url}/jobs`, {
      query: { api_key: 'TOPSECRET', page: 1 },
      headers: { authorization: 'Bearer HEADERSECRET' },
    });
    await expect(failure).rejects.toThrow(/jobs\?api_key=\*\*\*&page=1: HTTP 401/u);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).not.toMatch(/TOPSECRET|HEADERSECRET/u);
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    let active = 0;
    let most = 0;
    await serve({
      '/board': async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((done) => setTimeout(done, 30));
        active--;
        return { body: [] };
      },
    });
    const http = createHttpClient({ ...FAST, concurrency: 10, perHostConcurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => http.json(`${server.url}/board`)));
    expect(most).toBe(3);
  });
});

/**
 * Why the retry loop and the per-attempt timer are hand-written rather than ofetch's `retry` /
 * `retryDelay` / `timeout` options (ofetch 1.5): ofetch sleeps between retries inside the call, so
 * the wait would hold a concurrency slot, and its timeout timer is cleared once the headers arrive,
 * so a body that stalls is never timed out.
 */
describe('createHttpClient, where ofetch options would not do the job', () => {
  it('waits out a Retry-After outside its host slot: other requests to the host go on', async () => {
    const server = await startReplayServer({
      '/limited': [{ status: 429, headers: { 'retry-after': '1' } }, { body: { ok: 1 } }],
      '/free': { body: { ok: 2 } },
    });
    try {
      const http = createHttpClient({ ...FAST, perHostConcurrency: 1 });
      const started = Date.now();
      const limited = http.json(`${server.url}/limited`).then(() => Date.now() - started);
      await new Promise((done) => setTimeout(done, 50));
      const free = await http.json(`${server.url}/free`).then(() => Date.now() - started);
      expect(free).toBeLessThan(700);
      expect(await limited).toBeGreaterThanOrEqual(1000);
    } finally {
      await server.close();
    }
  });

  it('times out a body that stalls after the headers', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"jobs": [');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    try {
      const http = createHttpClient({ ...FAST, retries: 0, timeoutMs: 200 });
      await expect(http.json(`http://127.0.0.1:${port}/jobs`)).rejects.toThrow(/timed out after 200 ms/u);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
