import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath, type ReplayServer, sharedAvailable, startReplayServer } from './replay-server.ts';

describe('startReplayServer', () => {
  let server: ReplayServer | undefined;
  afterEach(() => server?.close());

  it('answers by path, prefers the route whose query matches, and records requests', async () => {
    server = await startReplayServer({
      '/jobs': { body: { page: 'any' } },
      '/jobs?page=2': { body: { page: 2 } },
      '/text': { status: 201, headers: { 'x-test': 'yes' }, body: 'plain' },
    });
    expect(await (await fetch(`${server.url}/jobs?page=2&size=5`)).json()).toEqual({ page: 2 });
    expect(await (await fetch(`${server.url}/jobs?page=1`)).json()).toEqual({ page: 'any' });
    const text = await fetch(`${server.url}/text`);
    expect([text.status, text.headers.get('x-test'), await text.text()]).toEqual([201, 'yes', 'plain']);
    expect((await fetch(`${server.url}/missing`)).status).toBe(404);
    expect(server.requestsTo('/jobs').map((r) => r.query)).toEqual([{ page: '2', size: '5' }, { page: '1' }]);
  });

  it('serves a list of responses in turn and repeats the last one', async () => {
    server = await startReplayServer({ '/flaky': [{ status: 500 }, { body: { ok: true } }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/flaky`)).status);
    expect(statuses).toEqual([500, 200, 200]);
  });

  it('restarts the count of a route replaced by setRoutes', async () => {
    server = await startReplayServer({ '/r': [{ status: 500 }, { status: 200 }] });
    await fetch(`${server.url}/r`);
    server.setRoutes({ '/r': [{ status: 503 }, { status: 201 }] });
    expect((await fetch(`${server.url}/r`)).status).toBe(503);
    expect((await fetch(`${server.url}/r`)).status).toBe(201);
  });

  it('listens on another loopback host when asked, and refuses a non-loopback one', async () => {
    server = await startReplayServer({ '/': { body: 'hi' } }, { host: '127.0.0.2' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/u);
    expect(await (await fetch(server.url)).text()).toBe('hi');
    await expect(startReplayServer({}, { host: '0.0.0.0' })).rejects.toThrow(/loopback only/u);
  });

  it('passes the request and its count to a handler', async () => {
    server = await startReplayServer({ '/echo': (request, n) => ({ body: { n, q: request.query.q } }) });
    await fetch(`${server.url}/echo?q=a`);
    expect(await (await fetch(`${server.url}/echo?q=b`)).json()).toEqual({ n: 1, q: 'b' });
  });

  it('closes while a request hangs', async () => {
    server = await startReplayServer({ '/hang': { hang: true } });
    const pending = fetch(`${server.url}/hang`).catch((error: Error) => error);
    await new Promise((done) => setTimeout(done, 50));
    await server.close();
    expect(await pending).toBeInstanceOf(Error);
    server = undefined;
  });

  it.skipIf(!sharedAvailable)('resolves shared fixture paths under ../shared/fixtures/sources', () => {
    expect(fixturePath('greenhouse.sample.json')).toMatch(
      /shared\/fixtures\/sources\/greenhouse\.sample\.json$/u,
    );
  });
});
