import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RemoteCacheServer, startRemoteCache } from '../src/index.ts';

const TOKEN = 'loopback-cache-token';
let cache: RemoteCacheServer;
beforeAll(async () => {
  cache = await startRemoteCache(TOKEN);
});
afterAll(() => cache.close());

const call = (method: string, path: string, init: { token?: string; body?: string; tag?: string } = {}) =>
  fetch(`${cache.api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${init.token ?? TOKEN}`,
      ...(init.tag && { 'x-artifact-tag': init.tag }),
    },
    ...(init.body !== undefined && { body: init.body }),
  });

describe('the loopback Turbo remote cache', () => {
  it('stores an artifact with its signature tag and gives both back; HEAD and GET miss before', async () => {
    expect((await call('HEAD', '/v8/artifacts/abc123?slug=team')).status).toBe(404);
    expect((await call('GET', '/v8/artifacts/abc123')).status).toBe(404);
    expect(
      (await call('PUT', '/v8/artifacts/abc123?slug=team', { body: 'tarball', tag: 'sig=' })).status,
    ).toBe(202);
    expect((await call('HEAD', '/v8/artifacts/abc123')).status).toBe(200);
    const got = await call('GET', '/v8/artifacts/abc123?slug=team');
    expect(got.status).toBe(200);
    expect(got.headers.get('x-artifact-tag')).toBe('sig=');
    expect(await got.text()).toBe('tarball');
    expect(
      await (await call('POST', '/v8/artifacts', { body: '{"hashes":["abc123","nope"]}' })).json(),
    ).toEqual({
      abc123: {},
      nope: null,
    });
    expect((await call('POST', '/v8/artifacts/events', { body: '[]' })).status).toBe(200);
    expect(await (await call('GET', '/v8/artifacts/status')).json()).toEqual({ status: 'enabled' });
  });

  it('refuses a request without the token (401) and stores nothing', async () => {
    expect((await call('PUT', '/v8/artifacts/def456', { token: 'wrong', body: 'x' })).status).toBe(401);
    expect((await call('GET', '/v8/artifacts/abc123', { token: 'wrong' })).status).toBe(401);
    expect(cache.artifacts.has('def456')).toBe(false);
    expect(cache.requests.filter((request) => request.status === 401)).toHaveLength(2);
  });
});
