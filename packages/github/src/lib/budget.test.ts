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
import { createBudget, DeferredError } from './budget.ts';

const TOKEN = 'github_pat_budgetCanary1';
let root: string;
let github: LoopbackGithub;
let clock: SimulatedClock;
let start: number;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'budget-'));
  clock = createSimulatedClock(Date.UTC(2026, 11, 7));
  start = clock.now();
  github = await startLoopbackGithub({ root, clock, limits: { authenticated: 10, pointsPerMinute: 30 } });
  github.addOrganization('acme');
  github.addToken({ value: TOKEN, login: 'ada', owner: 'acme', permissions: { administration: 'write' } });
  github.addRepository({ owner: 'acme', name: 'Jobs' });
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});
const loopbackApi = (): GithubApi =>
  createGithubApi({ base: github.apiBase, token: TOKEN, redact: (text) => text, checkDestination: () => {} });

describe('createBudget', () => {
  it('waits for x-ratelimit-reset when the primary limit is used up, never sending over it', async () => {
    const api = createBudget({ clock }).api(loopbackApi());
    const statuses: number[] = [];
    for (let index = 0; index < 25; index++) statuses.push((await api('GET', '/user')).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(github.limiter.overLimit).toBe(0);
    // 10 an hour: the 11th and the 21st wait for the next hour.
    expect(clock.now() - start).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(clock.now() - start).toBeLessThan(2 * 3_600_000 + 2000);
  });

  it('keeps each endpoint within its points a minute (a write costs 5)', async () => {
    const api = createBudget({ clock, limits: { pointsPerMinute: 30 } }).api(loopbackApi());
    for (let index = 0; index < 7; index++) await api('POST', '/orgs/acme/repos', { name: `R${index}` });
    expect(github.limiter.overLimit).toBe(0);
    expect(clock.now() - start).toBe(60_000);
  });

  it('defers rather than wait past the deadline', async () => {
    const budget = createBudget({ clock, deadline: start + 30 * 60_000 });
    const api = budget.api(loopbackApi());
    for (let index = 0; index < 10; index++) await api('GET', '/user');
    await expect(api('GET', '/user')).rejects.toThrow(DeferredError);
    await expect(api('GET', '/user')).rejects.toThrow(/after the deadline/u);
    expect(github.limiter.overLimit).toBe(0);
  });

  it('waits a minute after a limit answer without retry-after, doubles it each time, and gives up after maxRetries', async () => {
    const lines: string[] = [];
    const limited: GithubApi = async () => ({
      status: 429,
      body: { message: 'API rate limit exceeded' },
      headers: new Headers(),
    });
    const api = createBudget({ clock, maxRetries: 3, log: (line) => lines.push(line) }).api(limited);
    expect((await api('GET', '/user')).status).toBe(429);
    expect(lines).toEqual(
      [60, 120, 240].map((s) => `GitHub asked to wait ${s} s (rate limit, no retry-after)`),
    );
    expect(clock.now() - start).toBe(420_000);
  });

  it('spaces pushes to one repository by pushSpacingMs, and not pushes to different ones', async () => {
    const budget = createBudget({ clock });
    const times: number[] = [];
    const push = (repo: string) => budget.push(repo, async () => times.push(clock.now() - start));
    await Promise.all([push('A'), push('A'), push('B'), push('A')]);
    expect(times.sort((a, b) => a - b)).toEqual([0, 0, 10_000, 20_000]);
  });
});
