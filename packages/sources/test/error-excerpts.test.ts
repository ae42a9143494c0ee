import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

const SECRET = 'AccessKeyId=AKIAIOSFODNN7EXAMPLE SecretAccessKey=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('no response excerpt in errors or sources[].error (issue 19, rows 6 and 14)', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({
      '/v1/boards/plain/jobs': { status: 302, headers: { location: '/internal/plain' } },
      '/internal/plain': { body: SECRET, headers: { 'content-type': 'text/plain' } },
      '/v1/boards/html/jobs': { status: 302, headers: { location: '/internal/html' } },
      '/internal/html': {
        body: `<html><body>${SECRET}</body></html>`,
        headers: { 'content-type': 'text/html' },
      },
      '/v1/boards/json/jobs': {
        body: `{"jobs": [${SECRET}]}`,
        headers: { 'content-type': 'application/json' },
      },
    });
  });
  afterAll(() => server.close());

  it.each(['plain', 'html', 'json'])(
    'a %s body full of secrets gives a status and a reason only',
    async (board) => {
      const snapshot = await fetchSources([{ type: 'greenhouse', board, baseUrl: server.url }], {
        http: createHttpClient({ retries: 0, allowLoopback: true }),
        cwd: '.',
        now: new Date('2025-11-03T00:00:00Z'),
      });
      const [status] = snapshot.sources;
      expect(status?.status).toBe('failed');
      expect(status?.error).toMatch(/(?:invalid JSON|expected JSON but received HTML) \(\d+ characters/u);
      for (const part of ['AccessKey', 'AKIA', 'wJalr', 'EXAMPLE']) expect(status?.error).not.toContain(part);
    },
  );
});
