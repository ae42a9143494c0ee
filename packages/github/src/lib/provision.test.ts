import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackGithub, startLoopbackGithub } from '@joblist/loopback-github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGithubApi, type GithubApi } from './api.ts';
import { simulatedClock } from './pacer.test.ts';
import { createPacer } from './pacer.ts';
import { createMissingRepositories, enableMissingPages, type ProvisionContext } from './provision.ts';

const TOKEN = 'github_pat_provisionCanary9';
const LIMITS = { perMinute: 4, perHour: 10 };
const NAMES = Array.from({ length: 12 }, (_, index) => `Jobs-${index}`);

let root: string;
let github: LoopbackGithub;
let clock: ReturnType<typeof simulatedClock>;
let lines: string[];
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'provision-'));
  clock = simulatedClock(Date.UTC(2026, 11, 7));
  // The server counts content-creating requests on the same simulated clock: a request the pacer lets
  // through too early is refused (403, secondary rate limit) and counted in limiter.secondaryHits.
  github = await startLoopbackGithub({
    root,
    clock,
    limits: { contentPerMinute: LIMITS.perMinute, contentPerHour: LIMITS.perHour },
  });
  github.addOrganization('acme');
  github.addToken({
    value: TOKEN,
    login: 'ada',
    owner: 'acme',
    permissions: { administration: 'write', contents: 'write', pages: 'write' },
  });
  lines = [];
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});

function context(api: GithubApi = loopbackApi()): ProvisionContext {
  return {
    api,
    pacer: createPacer(clock, LIMITS),
    org: 'acme',
    redact: (text) => text,
    log: (line) => lines.push(line),
  };
}
function loopbackApi(): GithubApi {
  return createGithubApi({
    base: github.apiBase,
    token: TOKEN,
    redact: (text) => text,
    checkDestination: () => {},
  });
}

describe('createMissingRepositories', () => {
  it('creates every missing repository within the per-minute and per-hour limits, without sleeping for real', async () => {
    const start = clock.now();
    const created = await createMissingRepositories(
      context(),
      NAMES.map((name) => ({ name })),
    );
    expect(created).toEqual(NAMES);
    expect(NAMES.every((name) => github.repository('acme', name))).toBe(true);
    expect(github.limiter.secondaryHits).toBe(0);
    // 12 creations at 4 a minute and 10 an hour: the 11th waits for the hour.
    expect(clock.now() - start).toBe(3_600_000);
  });

  it('resumes a run stopped midway: no duplicate creation, no error', async () => {
    let posts = 0;
    const api = loopbackApi();
    const dying: GithubApi = async (method, path, body) => {
      if (method === 'POST' && ++posts > 5) throw new Error('killed');
      return api(method, path, body);
    };
    await expect(
      createMissingRepositories(
        context(dying),
        NAMES.map((name) => ({ name })),
      ),
    ).rejects.toThrow('killed');
    expect(NAMES.filter((name) => github.repository('acme', name))).toHaveLength(5);
    const created = await createMissingRepositories(
      context(),
      NAMES.map((name) => ({ name })),
    );
    expect(created).toEqual(NAMES.slice(5));
    // No duplicate creation: no POST answered 422. (The new run's pacer cannot know the stopped run's
    // requests: GitHub's secondary limit may answer 403 with retry-after, which is waited out.)
    expect(github.requests.filter((request) => request.method === 'POST' && request.status === 422)).toEqual(
      [],
    );
    expect(
      github.requests.filter((request) => request.method === 'POST' && request.status === 201),
    ).toHaveLength(12);
  });

  it('counts a repository that appeared after it was looked up (422 "name already exists") as there', async () => {
    github.addRepository({ owner: 'acme', name: 'Jobs-0' });
    const api = loopbackApi();
    const stale: GithubApi = async (method, path, body) =>
      method === 'GET'
        ? { status: 404, body: { message: 'Not Found' }, headers: new Headers() }
        : api(method, path, body);
    expect(await createMissingRepositories(context(stale), [{ name: 'Jobs-0' }, { name: 'Jobs-1' }])).toEqual(
      ['Jobs-1'],
    );
    expect(github.requests.filter((request) => request.status === 422)).toHaveLength(1);
  });

  it('names the repository and GitHub’s reason when it refuses, without the token', async () => {
    github.addToken({
      value: 'github_pat_noAdmin',
      login: 'ada',
      owner: 'acme',
      permissions: { contents: 'write' },
    });
    const api = createGithubApi({
      base: github.apiBase,
      token: 'github_pat_noAdmin',
      redact: (text) => text.replaceAll('github_pat_noAdmin', '***'),
      checkDestination: () => {},
    });
    await expect(createMissingRepositories(context(api), [{ name: 'Jobs-0' }])).rejects.toThrow(
      'GitHub refused to create acme/Jobs-0: 403 You need admin access to the organization before adding a repository to it.',
    );
  });
});

describe('enableMissingPages', () => {
  it('turns Pages on from the branch root where it is off, paced, and resumes after a stop', async () => {
    for (const name of NAMES)
      github.addRepository({
        owner: 'acme',
        name,
        ...(name === 'Jobs-3' && { pages: { branch: 'main', path: '/' } }),
      });
    let posts = 0;
    const api = loopbackApi();
    const dying: GithubApi = async (method, path, body) => {
      if (method === 'POST' && ++posts > 4) throw new Error('killed');
      return api(method, path, body);
    };
    await expect(enableMissingPages(context(dying), NAMES, 'main')).rejects.toThrow('killed');
    const enabled = await enableMissingPages(context(), NAMES, 'main');
    expect(enabled).toEqual(NAMES.filter((name) => name !== 'Jobs-3').slice(4));
    expect(NAMES.every((name) => github.repository('acme', name)?.pages?.path === '/')).toBe(true);
    expect(github.requests.filter((request) => request.status === 409)).toEqual([]);
  });

  it('waits the retry-after GitHub answers to a secondary-limit refusal, then goes on', async () => {
    for (const name of NAMES.slice(0, 6)) github.addRepository({ owner: 'acme', name });
    const unpaced = { ...context(), pacer: createPacer(clock, { perMinute: 1000, perHour: 1000 }) };
    expect(await enableMissingPages(unpaced, NAMES.slice(0, 6), 'main')).toEqual(NAMES.slice(0, 6));
    expect(github.limiter.secondaryHits).toBe(1);
    expect(lines).toContain('GitHub asked to wait 60 s (secondary rate limit)');
  });
});
