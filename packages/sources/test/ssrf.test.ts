import { checkRequestTarget, internalAddressKind } from '@joblist/core-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { type CountingListener, startCountingListener } from './_helpers/loopback-listener.ts';
import { type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

/** Every spelling of this machine the WHATWG parser or the resolver turns into a loopback or unspecified address. */
const SPELLINGS = [
  '127.0.0.1',
  '2130706433',
  '0x7f000001',
  '127.1',
  '017700000001',
  '[::1]',
  '[::ffff:127.0.0.1]',
  '0.0.0.0',
  'localhost',
];

describe('no request to an internal address from data (issue 19: the SSRF guard)', () => {
  let listener: CountingListener;
  let redirector: ReplayServer;
  beforeAll(async () => {
    listener = await startCountingListener();
    redirector = await startReplayServer({
      '/to': (request) => ({ status: 302, headers: { location: request.query.url ?? '' } }),
    });
  });
  afterAll(async () => {
    await listener.close();
    await redirector.close();
  });

  it.each(SPELLINGS)('with the guard on, nothing reaches a loopback listener at http://%s', async (host) => {
    const url = `http://${host}:${listener.port}/jobs`;
    await expect(createHttpClient({ retries: 0 }).text(url)).rejects.toThrow(/refused: .* address/u);
    expect(listener.hits).toEqual([]);
  });

  it.each(['[::ffff:127.0.0.1]', '0.0.0.0', '[::ffff:7f00:1]'])(
    'a redirect is checked like the first hop: a redirect to http://%s reaches nothing, loopback allowed or not',
    async (host) => {
      const target = encodeURIComponent(`http://${host}:${listener.port}/secret`);
      const http = createHttpClient({ retries: 0, allowLoopback: true });
      await expect(http.text(`${redirector.url}/to?url=${target}`)).rejects.toThrow(
        /refused: .* is a (?:IPv4-mapped|unspecified) address/u,
      );
      expect(listener.hits).toEqual([]);
    },
  );

  it('a source whose redirect names an internal address fails, and says no more than the reason', async () => {
    const target = encodeURIComponent(`http://[::ffff:127.0.0.1]:${listener.port}/latest/meta-data`);
    const snapshot = await fetchSources(
      [{ type: 'remoteok', baseUrl: `${redirector.url}/to?url=${target}&` }],
      {
        http: createHttpClient({ retries: 0, allowLoopback: true }),
        cwd: '.',
        now: new Date('2025-11-03T00:00:00Z'),
      },
    );
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/IPv4-mapped address/u),
    });
    expect(listener.hits).toEqual([]);
  });

  it('allowLoopback lets 127.0.0.1, ::1 and localhost through, and nothing else internal', async () => {
    const http = createHttpClient({ retries: 0, allowLoopback: true });
    for (const host of ['127.0.0.1', '127.1', '[::1]', 'localhost']) {
      expect(await http.text(`http://${host}:${listener.port}/ok`)).toBe('reached');
    }
    expect(listener.hits).toHaveLength(4);
    listener.hits.length = 0;
  });

  it.each([
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['64:ff9b::7f00:1', 'IPv4-mapped'],
    ['127.0.0.2', 'loopback'],
    ['255.255.255.255', 'multicast or reserved'],
  ])('classes %s as %s', (address, kind) => {
    expect(internalAddressKind(address)).toBe(kind);
    expect(internalAddressKind(address, { allowLoopback: true })).toBe(
      kind === 'loopback' ? undefined : kind,
    );
  });

  it('checks every address a name resolves to', async () => {
    expect(internalAddressKind('93.184.215.14')).toBeUndefined();
    await expect(
      checkRequestTarget('https://jobs.example/', {}, async () => ['93.184.215.14', '10.0.0.5']),
    ).rejects.toThrow('refused: jobs.example (10.0.0.5) is a private address');
    await expect(
      checkRequestTarget('https://jobs.example/', {}, async () => ['93.184.215.14']),
    ).resolves.toBeUndefined();
    await expect(checkRequestTarget('file:///etc/passwd')).rejects.toThrow('only http and https');
  });
});
