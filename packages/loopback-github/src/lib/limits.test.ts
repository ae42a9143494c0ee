import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../test/_helpers/call.ts';
import { createSimulatedClock, type SimulatedClock } from './clock.ts';
import { SECONDARY_LIMIT_MESSAGE } from './rate-limit.ts';
import { type LoopbackGithub, type LoopbackGithubOptions, startLoopbackGithub } from './server.ts';

const TOKEN = 'github_pat_limitsCanary1';
const APP_ID = 4242;
const INSTALLATION = 77;
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let root: string;
let github: LoopbackGithub;
let clock: SimulatedClock;
async function start(limits: LoopbackGithubOptions['limits'] = {}) {
  github = await startLoopbackGithub({ root, clock, limits });
  github.addOrganization('acme', ['ada']);
  github.addToken({
    value: TOKEN,
    login: 'ada',
    owner: 'acme',
    permissions: { administration: 'write', contents: 'write' },
  });
  github.addApp({ id: APP_ID, publicKey: publicPem });
  github.addInstallation({
    id: INSTALLATION,
    appId: APP_ID,
    owner: 'acme',
    permissions: { contents: 'write' },
  });
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'loopback-limits-'));
  clock = createSimulatedClock(Date.UTC(2026, 11, 7, 12));
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (method: string, path: string, token?: string, body?: unknown) =>
  callApi(github.apiBase, method, path, token, body);

/** A JWT as GitHub wants it, signed with `key` (default: the App's private key). */
function jwt(claims: Record<string, unknown>, key = keys.privateKey): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const data = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${data}.${sign('sha256', Buffer.from(data), key).toString('base64url')}`;
}
const claims = (lifetime = 540) => {
  const now = Math.floor(clock.now() / 1000);
  return { iss: String(APP_ID), iat: now - 60, exp: now - 60 + lifetime };
};

describe('the primary limit', () => {
  it('answers x-ratelimit-* on every request and 403 "API rate limit exceeded" with remaining 0 past it', async () => {
    await start({ authenticated: 3 });
    const first = await call('GET', '/user', TOKEN);
    expect(Object.fromEntries([...first.headers].filter(([name]) => name.startsWith('x-ratelimit')))).toEqual(
      {
        'x-ratelimit-limit': '3',
        'x-ratelimit-remaining': '2',
        'x-ratelimit-reset': String(Math.ceil((clock.now() + 3_600_000) / 1000)),
        'x-ratelimit-resource': 'core',
        'x-ratelimit-used': '1',
      },
    );
    await call('GET', '/user', TOKEN);
    await call('GET', '/user', TOKEN);
    const refused = await call('GET', '/user', TOKEN);
    expect([refused.status, refused.body.message, refused.headers.get('x-ratelimit-remaining')]).toEqual([
      403,
      'API rate limit exceeded for ada.',
      '0',
    ]);
    expect(github.limiter.overLimit).toBe(1);
    clock.advance(3_600_000);
    expect((await call('GET', '/user', TOKEN)).status).toBe(200);
  });
});

describe('secondary limits', () => {
  it('refuses more than pointsPerMinute on one endpoint (a write costs 5) with retry-after and GitHub’s message', async () => {
    await start({ pointsPerMinute: 12 });
    expect((await call('POST', '/orgs/acme/repos', TOKEN, { name: 'A' })).status).toBe(201);
    expect((await call('POST', '/orgs/acme/repos', TOKEN, { name: 'B' })).status).toBe(201);
    const refused = await call('POST', '/orgs/acme/repos', TOKEN, { name: 'C' });
    expect([refused.status, refused.body.message, refused.headers.get('retry-after')]).toEqual([
      403,
      SECONDARY_LIMIT_MESSAGE,
      '60',
    ]);
    // Another endpoint has its own points.
    expect((await call('GET', '/repos/acme/A', TOKEN)).status).toBe(200);
    expect(github.limiter.secondaryHits).toBe(1);
  });

  it('refuses a request over the concurrency limit while the others are in flight', async () => {
    await start({ concurrent: 2 });
    // Two creations whose bodies have not arrived yet hold their places until the bodies end.
    const held = ['A', 'B'].map((name) => {
      const sent = request(`${github.apiBase}/orgs/acme/repos`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      });
      sent.flushHeaders();
      const status = new Promise<number | undefined>((resolve) =>
        sent.on('response', (response) => {
          response.resume();
          resolve(response.statusCode);
        }),
      );
      return { end: () => sent.end(JSON.stringify({ name })), status };
    });
    while (github.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const third = await call('GET', '/user', TOKEN);
    expect([third.status, third.body.message]).toEqual([403, SECONDARY_LIMIT_MESSAGE]);
    for (const { end } of held) end();
    expect(await Promise.all(held.map(({ status }) => status))).toEqual([201, 201]);
    expect((await call('GET', '/user', TOKEN)).status).toBe(200);
    expect(github.limiter.secondaryHits).toBe(1);
  });
});

describe('GitHub App installation tokens', () => {
  it('mints an installation token for a valid JWT, which stops working after an hour of the clock', async () => {
    await start();
    github.addRepository({ owner: 'acme', name: 'Jobs' });
    const path = `/app/installations/${INSTALLATION}/access_tokens`;
    expect((await call('GET', '/app/installations', jwt(claims()))).body).toEqual([
      expect.objectContaining({ id: INSTALLATION, account: { login: 'acme' } }),
    ]);
    expect((await call('GET', '/repos/acme/Jobs/installation', jwt(claims()))).body.id).toBe(INSTALLATION);
    const minted = await call('POST', path, jwt(claims()), { repositories: ['Jobs'] });
    expect(minted.status).toBe(201);
    expect(minted.body.expires_at).toBe(new Date(clock.now() + 3_600_000).toISOString());
    const token = minted.body.token as string;
    const read = await call('GET', '/repos/acme/Jobs', token);
    expect([read.status, read.headers.get('x-ratelimit-limit')]).toEqual([200, '5000']);
    // Asynchronous: the server answering git runs in this process (a synchronous spawn would block it).
    const lsRemote = () =>
      new Promise<number | null>((resolve) =>
        spawn('git', ['ls-remote', `${github.origin}/acme/Jobs.git`], {
          stdio: 'ignore',
          env: {
            ...process.env,
            GIT_TERMINAL_PROMPT: '0',
            GIT_CONFIG_COUNT: '1',
            GIT_CONFIG_KEY_0: `http.${github.origin}/.extraHeader`,
            GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
          },
        }).on('close', resolve),
      );
    expect(await lsRemote()).toBe(0);
    clock.advance(3_600_000);
    expect(await call('GET', '/repos/acme/Jobs', token)).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    });
    // git too: an expired token is refused, even for a public repository.
    expect(await lsRemote()).not.toBe(0);
  });

  it('refuses a JWT signed by another key, one living over 10 minutes, and more than 500 repositories', async () => {
    await start();
    const path = `/app/installations/${INSTALLATION}/access_tokens`;
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect((await call('POST', path, jwt(claims(), other))).status).toBe(401);
    expect((await call('POST', path, jwt(claims(660)))).status).toBe(401);
    expect((await call('POST', path, 'not-a-jwt')).status).toBe(401);
    const many = Array.from({ length: 501 }, (_, index) => `R${index}`);
    expect((await call('POST', path, jwt(claims()), { repositories: many })).status).toBe(422);
    expect((await call('POST', path, jwt(claims()), { repositories: many.slice(0, 500) })).status).toBe(201);
  });
});
