import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSimulatedClock,
  type LoopbackGithub,
  type SimulatedClock,
  startLoopbackGithub,
} from '@joblist/loopback-github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallationTokens, type InstallationTokenOptions } from './app-auth.ts';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
let root: string;
let github: LoopbackGithub;
let clock: SimulatedClock;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'app-auth-'));
  clock = createSimulatedClock(Date.UTC(2026, 11, 7));
  github = await startLoopbackGithub({ root, clock });
  github.addOrganization('acme');
  github.addApp({ id: 31, publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  github.addInstallation({ id: 9, appId: 31, owner: 'acme', permissions: { contents: 'write' } });
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});
const tokens = (scope: InstallationTokenOptions['scope'], privateKey = PRIVATE_KEY) =>
  createInstallationTokens({
    credentials: { appId: '31', privateKey, installationId: '9' },
    scope,
    base: github.apiBase,
    clock,
    checkDestination: () => {},
    redact: (text) => text,
  });

describe('createInstallationTokens', () => {
  it('mints one token from an RS256 JWT and mints a new one 5 minutes before the hour ends', async () => {
    const run = tokens('all');
    const first = await run.tokenFor('Jobs');
    expect(await run.tokenFor('Other')).toBe(first);
    clock.advance(54 * 60_000);
    expect(await run.tokenFor('Jobs')).toBe(first);
    clock.advance(2 * 60_000);
    const second = await run.tokenFor('Jobs');
    expect(second).not.toBe(first);
    expect(run.secrets()).toEqual([first, second]);
    expect(github.apps.minted).toEqual([first, second]);
  });

  it('scopes one token to at most 500 repositories: 1,001 repositories take three', async () => {
    const names = Array.from({ length: 1001 }, (_, index) => `Jobs-${index}`);
    const run = tokens(names);
    const picked = await Promise.all(
      ['Jobs-0', 'Jobs-499', 'Jobs-500', 'Jobs-1000', 'Jobs-1'].map((name) => run.tokenFor(name)),
    );
    expect(new Set(picked).size).toBe(3);
    expect(picked[0]).toBe(picked[1]);
    expect(picked[0]).toBe(picked[4]);
    expect(github.requests.filter((request) => request.status === 422)).toEqual([]);
  });

  it('names the App and GitHub’s reason when the key is not the App’s', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await expect(tokens('all', other).tokenFor()).rejects.toThrow(
      'GitHub refused an installation token for App 31, installation 9: 401 A JSON web token could not be decoded',
    );
  });
});
