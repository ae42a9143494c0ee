import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';

/** A loopback server speaking Turborepo's remote cache API, artifacts kept in memory. */
export interface RemoteCacheServer {
  /** `http://127.0.0.1:<port>`, for `TURBO_API`. */
  api: string;
  /** Stored artifacts by hash (what turbo uploaded). */
  artifacts: Map<string, Buffer>;
  /** The `x-artifact-tag` (signature) each artifact was uploaded with, by hash. */
  tags: Map<string, string>;
  /** Every request's method, path and status, for assertions. */
  requests: Array<{ method: string; path: string; status: number }>;
  /** Stops the server. */
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
    tags,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
