import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitCount, listFiles, makeTempDir } from './_helpers/git.ts';
import { statuses, turboEnv, turboRun } from './_helpers/turbo.ts';
import { copyWorkspace } from './_helpers/workspace-copy.ts';

const CATEGORIES = ['backend', 'frontend', 'full-stack', 'software-engineering'];
const buildId = (id: string) => `@joblist/category-${id}#build`;
const all = (status: string, except: Record<string, string> = {}) =>
  Object.fromEntries(CATEGORIES.map((id) => [buildId(id), except[id] ?? status]));

let temp: ReturnType<typeof makeTempDir>;
let ws: string;
const pnpm = (args: string[]) =>
  execFileSync('pnpm', args, {
    cwd: ws,
    env: turboEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

beforeAll(() => {
  temp = makeTempDir('joblist-turbo-');
  ws = join(temp.dir, 'ws');
  copyWorkspace(ws);
  pnpm(['joblist', 'fetch', '--now', '2026-11-27T20:30:00Z']);
}, 60_000);
afterAll(() => temp?.cleanup());

describe('turbo build caching', () => {
  it('builds every category once, then replays all of them from the cache', () => {
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('MISS'));
    const readme = join(ws, 'categories/backend/dist/Backend-Development-Jobs/README.md');
    const built = readFileSync(readme, 'utf8');
    rmSync(join(ws, 'categories/backend/dist'), { recursive: true });
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('HIT'));
    expect(readFileSync(readme, 'utf8')).toBe(built);
  }, 60_000);

  it('rebuilds only the category whose config changed', () => {
    appendFileSync(join(ws, 'categories/frontend/category.config.ts'), '// tweak\n');
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('HIT', { frontend: 'MISS' }));
  }, 60_000);

  it('rebuilds every category when the snapshot changes', () => {
    const snapshot = join(ws, 'data/snapshot.json');
    writeFileSync(snapshot, `${readFileSync(snapshot, 'utf8')}\n`);
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('MISS'));
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('HIT'));
  }, 60_000);

  it('rebuilds every category when a shared package changes', () => {
    const statsFiles = readdirSync(join(ws, 'packages/stats/src'));
    expect(statsFiles).toContain('index.ts');
    appendFileSync(join(ws, 'packages/stats/src/index.ts'), '// tweak\n');
    expect(statuses(turboRun(ws, 'build'))).toEqual(all('MISS'));
  }, 60_000);

  it('builds one category with `pnpm build --filter`', () => {
    appendFileSync(join(ws, 'categories/backend/category.config.ts'), '// tweak\n');
    const output = pnpm(['build', '--filter', '@joblist/category-backend']);
    expect(output).toContain('@joblist/category-backend:build');
    expect(output).not.toMatch(/category-(frontend|full-stack|software-engineering):build/u);
    expect(output).toMatch(/Cached:\s+\d+ cached, \d+ total/u);
  }, 60_000);
});

describe('pnpm generate', () => {
  it('publishes every category into local bare repositories under out/repos; publishing again adds nothing', () => {
    rmSync(join(ws, 'out'), { recursive: true, force: true });
    pnpm(['generate']);
    const repos = join(ws, 'out/repos');
    const names = readdirSync(repos).sort();
    expect(names).toEqual([
      'Backend-Development-Jobs.git',
      'Frontend-Development-Jobs.git',
      'Full-Stack-Development-Jobs.git',
      'Software-Engineering-Jobs.git',
    ]);
    for (const name of names) {
      expect(commitCount(join(repos, name))).toBe(1);
      const files = ['README.md', 'jobs.json', 'feed.xml', 'feed.json', 'index.html'];
      expect(listFiles(join(repos, name))).toEqual(expect.arrayContaining(files));
    }
    const output = pnpm(['run', 'publish']);
    expect(output.match(/unchanged, nothing pushed/gu)).toHaveLength(4);
    for (const name of names) expect(commitCount(join(repos, name))).toBe(1);
    expect(existsSync(join(ws, 'out/work/Backend-Development-Jobs/README.md'))).toBe(true);
  }, 120_000);
});
