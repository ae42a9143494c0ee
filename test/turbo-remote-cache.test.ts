import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type RemoteCacheServer, startRemoteCache } from '@joblist/workflow-runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './_helpers/git.ts';
import { buildRun, turboEnv } from './_helpers/turbo.ts';
import { copyWorkspace, siteCategories } from './_helpers/workspace-copy.ts';

const TOKEN = 'remote-cache-test-token';
const TEAM = 'team_joblist';
const CATEGORIES = await siteCategories();

let temp: ReturnType<typeof makeTempDir>;

/** A clean checkout of `from` with the same fetched snapshot (which git does not track). */
function cleanCheckout(from: string, to: string): void {
  copyWorkspace(to, from);
  mkdirSync(join(to, 'data'), { recursive: true });
  copyFileSync(join(from, 'data/snapshot.json'), join(to, 'data/snapshot.json'));
}
let server: RemoteCacheServer;
/** The remote cache settings every run shares; artifacts are signed (turbo.json `remoteCache.signature`). */
let REMOTE: Record<string, string>;

beforeAll(async () => {
  temp = makeTempDir('joblist-remote-cache-');
  server = await startRemoteCache(TOKEN);
  REMOTE = {
    TURBO_API: server.api,
    TURBO_TEAM: TEAM,
    TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'joblist-test-signing-key',
  };
});
afterAll(async () => {
  await server?.close();
  temp?.cleanup();
});

describe('turbo remote cache (Turborepo’s remote cache API on loopback)', () => {
  it('serves every build of a second clean checkout from the remote cache', async () => {
    const remoteEnv = turboEnv({ ...REMOTE, TURBO_TOKEN: TOKEN });
    const first = join(temp.dir, 'first');
    const second = join(temp.dir, 'second');
    copyWorkspace(first);
    execFileSync('pnpm', ['joblist', 'fetch', '--now', '2026-11-27T20:30:00Z'], {
      cwd: first,
      stdio: 'ignore',
    });
    const firstRun = await buildRun(first, [], remoteEnv);
    expect(Object.values(firstRun).map((task) => task.status)).toEqual(CATEGORIES.map(() => 'MISS'));
    for (const task of Object.values(firstRun)) expect(server.artifacts.has(task.hash)).toBe(true);

    cleanCheckout(first, second); // the same commit, whatever changes meanwhile
    const secondRun = await buildRun(second, [], remoteEnv);
    expect(Object.keys(secondRun).sort()).toEqual(
      CATEGORIES.map(({ id }) => `@joblist/category-${id}#build`).sort(),
    );
    for (const task of Object.values(secondRun)) {
      expect(task).toMatchObject({ status: 'HIT', source: 'REMOTE' });
      const download = { method: 'GET', path: `/v8/artifacts/${task.hash}`, status: 200 };
      expect(server.requests).toContainEqual(download);
    }
    for (const { id, repo } of CATEGORIES)
      expect(existsSync(join(second, `categories/${id}/dist/${repo}/README.md`))).toBe(true);
  }, 120_000);

  it('refuses a wrong token, so turbo falls back to building', async () => {
    const third = join(temp.dir, 'third');
    cleanCheckout(join(temp.dir, 'first'), third);
    const run = await buildRun(third, [], turboEnv({ ...REMOTE, TURBO_TOKEN: 'wrong' }));
    for (const task of Object.values(run)) expect(task.status).toBe('MISS');
    expect(server.requests.some((request) => request.status === 401)).toBe(true);
  }, 120_000);

  it('refuses artifacts it cannot verify: a cache written with another key is never restored (issue 19, row 1)', async () => {
    const fourth = join(temp.dir, 'fourth');
    cleanCheckout(join(temp.dir, 'first'), fourth);
    const forged = { ...REMOTE, TURBO_TOKEN: TOKEN, TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'someone-elses-key' };
    const run = await buildRun(fourth, [], turboEnv(forged));
    for (const task of Object.values(run)) expect(task.status).toBe('MISS');
    expect(server.requests.some((request) => request.method === 'GET' && request.status === 200)).toBe(true);
  }, 120_000);
});
