import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './_helpers/git.ts';
import { buildRun, turboEnv } from './_helpers/turbo.ts';
import { copyWorkspace, PROJECT_ROOT } from './_helpers/workspace-copy.ts';

const TOKEN = 'remote-cache-test-token';
const TEAM = 'team_joblist';
const CATEGORIES = ['backend', 'frontend', 'full-stack', 'software-engineering'];

let temp: ReturnType<typeof makeTempDir>;
let server: ChildProcess | undefined;
let api = '';

/** Starts `turborepo-remote-cache` on a free loopback port with local storage; resolves its URL. */
function startCacheServer(storage: string): Promise<string> {
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/turborepo-remote-cache'), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      TURBO_TOKEN: TOKEN,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/u.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`turborepo-remote-cache exited (${code}): ${log}`)));
  });
}

beforeAll(async () => {
  temp = makeTempDir('joblist-remote-cache-');
  mkdirSync(join(temp.dir, 'storage'));
  api = await startCacheServer(join(temp.dir, 'storage'));
}, 60_000);
afterAll(() => {
  server?.kill();
  temp?.cleanup();
});

describe('turbo remote cache (turborepo-remote-cache on loopback)', () => {
  it('serves every build of a second clean checkout from the remote cache', () => {
    const remoteEnv = turboEnv({ TURBO_API: api, TURBO_TOKEN: TOKEN, TURBO_TEAM: TEAM });
    const first = join(temp.dir, 'first');
    const second = join(temp.dir, 'second');
    copyWorkspace(first);
    execFileSync('pnpm', ['joblist', 'fetch', '--now', '2026-11-27T20:30:00Z'], {
      cwd: first,
      stdio: 'ignore',
    });
    const firstRun = buildRun(first, [], remoteEnv);
    expect(Object.values(firstRun).map((task) => task.status)).toEqual(CATEGORIES.map(() => 'MISS'));

    copyWorkspace(second, first); // a clean checkout of the same commit, whatever changes meanwhile
    copyFileSync(join(first, 'data/snapshot.json'), join(second, 'data/snapshot.json'));
    const secondRun = buildRun(second, [], remoteEnv);
    expect(Object.keys(secondRun).sort()).toEqual(
      CATEGORIES.map((id) => `@joblist/category-${id}#build`).sort(),
    );
    for (const task of Object.values(secondRun)) expect(task).toEqual({ status: 'HIT', source: 'REMOTE' });
    expect(existsSync(join(second, 'categories/backend/dist/Backend-Development-Jobs/README.md'))).toBe(true);
  }, 120_000);
});
