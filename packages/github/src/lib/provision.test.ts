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
import { createGithubApi, type GithubApi } from './api.ts';
import { type BudgetLimits, createBudget } from './budget.ts';
import { createRepositoryIfMissing, enablePagesIfMissing, type ProvisionContext } from './provision.ts';

const TOKEN = 'github_pat_provisionCanary9';
const LIMITS = { contentPerMinute: 4, contentPerHour: 10 };
const NAMES = Array.from({ length: 12 }, (_, index) => `Jobs-${index}`);

let root: string;
let github: LoopbackGithub;
let clock: SimulatedClock;
let lines: string[];
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'provision-'));
  clock = createSimulatedClock(Date.UTC(2026, 11, 7));
  // The server counts content-creating requests on the same simulated clock: a request the budget lets
  // through too early is refused (403, secondary rate limit) and counted in limiter.overLimit.
  github = await startLoopbackGithub({ root, clock, limits: LIMITS });
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

function context(api: GithubApi = loopbackApi(), limits: Partial<BudgetLimits> = LIMITS): ProvisionContext {
  const budget = createBudget({ clock, limits, log: (line) => lines.push(line) });
  return { api: budget.api(api), org: 'acme', redact: (text) => text, log: (line) => lines.push(line) };
}
function loopbackApi(token = TOKEN, redact = (text: string) => text): GithubApi {
  return createGithubApi({ base: github.apiBase, token, redact, checkDestination: () => {} });
}
async function createAll(provision: ProvisionContext, names = NAMES): Promise<string[]> {
  const created: string[] = [];
  for (const name of names) if (await createRepositoryIfMissing(provision, { name })) created.push(name);
  return created;
}

describe('createRepositoryIfMissing', () => {
  it('creates every missing repository within the per-minute and per-hour limits, without sleeping for real', async () => {
    const start = clock.now();
    expect(await createAll(context())).toEqual(NAMES);
    expect(NAMES.every((name) => github.repository('acme', name))).toBe(true);
    expect(github.limiter.overLimit).toBe(0);
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
    await expect(createAll(context(dying))).rejects.toThrow('killed');
    expect(NAMES.filter((name) => github.repository('acme', name))).toHaveLength(5);
    expect(await createAll(context())).toEqual(NAMES.slice(5));
    // No duplicate creation: no POST answered 422. (The new run's budget cannot know the stopped run's
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
    expect(await createAll(context(stale), ['Jobs-0', 'Jobs-1'])).toEqual(['Jobs-1']);
    expect(github.requests.filter((request) => request.status === 422)).toHaveLength(1);
  });

  it('names the repository and GitHub’s reason when it refuses, without the token', async () => {
    github.addToken({
      value: 'github_pat_noAdmin',
      login: 'ada',
      owner: 'acme',
      permissions: { contents: 'write' },
    });
    const api = loopbackApi('github_pat_noAdmin', (text) => text.replaceAll('github_pat_noAdmin', '***'));
    await expect(createRepositoryIfMissing(context(api), { name: 'Jobs-0' })).rejects.toThrow(
      'GitHub refused to create acme/Jobs-0: 403 You need admin access to the organization before adding a repository to it.',
    );
  });
});

describe('enablePagesIfMissing', () => {
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
    const enableAll = async (provision: ProvisionContext) => {
      const enabled: string[] = [];
      for (const name of NAMES) if (await enablePagesIfMissing(provision, name, 'main')) enabled.push(name);
      return enabled;
    };
    await expect(enableAll(context(dying))).rejects.toThrow('killed');
    expect(await enableAll(context())).toEqual(NAMES.filter((name) => name !== 'Jobs-3').slice(4));
    expect(NAMES.every((name) => github.repository('acme', name)?.pages?.path === '/')).toBe(true);
    expect(github.requests.filter((request) => request.status === 409)).toEqual([]);
  });

  it('waits the retry-after GitHub answers to a secondary-limit refusal, then goes on', async () => {
    for (const name of NAMES.slice(0, 6)) github.addRepository({ owner: 'acme', name });
    const unpaced = context(loopbackApi(), { contentPerMinute: 1000, contentPerHour: 1000 });
    for (const name of NAMES.slice(0, 6))
      expect(await enablePagesIfMissing(unpaced, name, 'main')).toBe(true);
    expect(github.limiter.secondaryHits).toBe(1);
    expect(lines).toContain('GitHub asked to wait 60 s (secondary rate limit)');
  });
});
