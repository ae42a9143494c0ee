import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One artifact the cache holds: its bytes and the signature tag Turbo sent with them. */
interface Artifact {
  body: Buffer;
  tag: string | undefined;
}

/** A request the cache answered, for tests to count: method, artifact hash (if any) and status. */
export interface TurboCacheRequest {
  method: string;
  hash: string | undefined;
  status: number;
}

/**
 * A loopback Turbo remote cache (Remote Cache API v8) on 127.0.0.1: `GET`/`HEAD`/`PUT /v8/artifacts/:hash`
 * (with the `x-artifact-tag` signature kept beside the bytes), `POST /v8/artifacts/events`, `GET
 * /v8/artifacts/status`; every request needs `Authorization: Bearer <token>` (401 otherwise).
 */
export interface TurboCache {
  /** What `TURBO_API` is set to. */
  url: string;
  /** What `TURBO_TOKEN` must be (a fresh random one unless given). */
  token: string;
  /** The artifacts stored, by hash. */
  artifacts: ReadonlyMap<string, Artifact>;
  /** Every request, in order. */
  requests: TurboCacheRequest[];
  /** Stops the server. */
  close: () => Promise<void>;
}

const ARTIFACT = /^\/v8\/artifacts\/([0-9a-z]+)$/u;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function answer(request: IncomingMessage, response: ServerResponse, status: number, body?: Buffer | object) {
  const bytes = body === undefined || Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  if (bytes && !Buffer.isBuffer(body)) response.setHeader('content-type', 'application/json');
  response.statusCode = status;
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/** Starts a {@link TurboCache} on a free port of 127.0.0.1. */
export async function startTurboCache(options: { token?: string } = {}): Promise<TurboCache> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const artifacts = new Map<string, Artifact>();
  const requests: TurboCacheRequest[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const hash = ARTIFACT.exec(path)?.[1];
    if (request.headers.authorization !== `Bearer ${token}`) {
      answer(request, response, 401, { error: { code: 'forbidden', message: 'a valid token is required' } });
      return 401;
    }
    if (path === '/v8/artifacts/status' && request.method === 'GET') {
      answer(request, response, 200, { status: 'enabled' });
      return 200;
    }
    if (path === '/v8/artifacts/events' && request.method === 'POST') {
      await readBody(request);
      answer(request, response, 200, {});
      return 200;
    }
    if (hash !== undefined && request.method === 'PUT') {
      const tag = request.headers['x-artifact-tag'];
      artifacts.set(hash, { body: await readBody(request), tag: Array.isArray(tag) ? tag[0] : tag });
      answer(request, response, 202, { urls: [`${hash}`] });
      return 202;
    }
    if (hash !== undefined && (request.method === 'GET' || request.method === 'HEAD')) {
      const artifact = artifacts.get(hash);
      if (!artifact) {
        answer(request, response, 404, { error: { code: 'not_found', message: 'Artifact not found' } });
        return 404;
      }
      if (artifact.tag !== undefined) response.setHeader('x-artifact-tag', artifact.tag);
      response.setHeader('content-type', 'application/octet-stream');
      response.setHeader('content-length', artifact.body.length);
      answer(request, response, 200, artifact.body);
      return 200;
    }
    answer(request, response, 404, {
      error: { code: 'not_found', message: `no route ${request.method} ${path}` },
    });
    return 404;
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    handle(request, response).then(
      (status) => requests.push({ method: request.method ?? '', hash: ARTIFACT.exec(path)?.[1], status }),
      () => {
        if (!response.headersSent)
          answer(request, response, 500, { error: { code: 'internal', message: 'read failed' } });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    artifacts,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
