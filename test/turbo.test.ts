import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitCount, makeTempDir } from './_helpers/git.ts';
import { buildRun, statuses, turboEnv } from './_helpers/turbo.ts';
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
    expect(statuses(buildRun(ws))).toEqual(all('MISS'));
    const readme = join(ws, 'categories/backend/dist/Backend-Development-Jobs/README.md');
    const built = readFileSync(readme, 'utf8');
    rmSync(join(ws, 'categories/backend/dist'), { recursive: true });
    expect(statuses(buildRun(ws))).toEqual(all('HIT'));
    expect(readFileSync(readme, 'utf8')).toBe(built);
  }, 60_000);

  it('rebuilds only the category whose config changed', () => {
    appendFileSync(join(ws, 'categories/frontend/category.config.ts'), '// tweak\n');
    expect(statuses(buildRun(ws))).toEqual(all('HIT', { frontend: 'MISS' }));
  }, 60_000);

  it('rebuilds every category when the snapshot changes', () => {
    const snapshot = join(ws, 'data/snapshot.json');
    const data = JSON.parse(readFileSync(snapshot, 'utf8')) as { updatedAt: string };
    // The build time is the snapshot's updatedAt: every README shows it.
    data.updatedAt = new Date(Date.parse(data.updatedAt) + 60_000).toISOString();
    writeFileSync(snapshot, JSON.stringify(data));
    expect(statuses(buildRun(ws))).toEqual(all('MISS'));
    expect(statuses(buildRun(ws))).toEqual(all('HIT'));
  }, 60_000);

  it('rebuilds only the category whose rows changed in the snapshot', () => {
    const snapshot = join(ws, 'data/snapshot.json');
    const data = JSON.parse(readFileSync(snapshot, 'utf8')) as { jobs: Array<{ id: string; title: string }> };
    const shown = (id: string) => {
      const slice = JSON.parse(readFileSync(join(ws, 'categories', id, '.slice.json'), 'utf8'));
      return new Set((slice.jobs as Array<{ id: string }>).map((job) => job.id));
    };
    const others = CATEGORIES.filter((id) => id !== 'backend').map(shown);
    const job = data.jobs.find(
      (each) => shown('backend').has(each.id) && !others.some((s) => s.has(each.id)),
    );
    if (!job) throw new Error('the sample has no job shown only in backend');
    job.title = `${job.title} II`;
    writeFileSync(snapshot, JSON.stringify(data));
    expect(statuses(buildRun(ws))).toEqual(all('HIT', { backend: 'MISS' }));
  }, 60_000);

  it('rebuilds every category when a shared package changes', () => {
    const statsFiles = readdirSync(join(ws, 'packages/stats/src'));
    expect(statsFiles).toContain('index.ts');
    appendFileSync(join(ws, 'packages/stats/src/index.ts'), '// tweak\n');
    expect(statuses(buildRun(ws))).toEqual(all('MISS'));
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
    for (const name of names) expect(commitCount(join(repos, name))).toBe(1);
    const output = pnpm(['run', 'publish']);
    expect(output.match(/unchanged, nothing pushed/gu)).toHaveLength(4);
    for (const name of names) expect(commitCount(join(repos, name))).toBe(1);
    expect(existsSync(join(ws, 'out/work/Backend-Development-Jobs/README.md'))).toBe(true);
  }, 120_000);
});
