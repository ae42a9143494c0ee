import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitCount, listFiles, makeTempDir, showFile } from './_helpers/git.ts';
import { buildRun, statuses, turboEnv } from './_helpers/turbo.ts';
import { copyWorkspace, siteCategories } from './_helpers/workspace-copy.ts';

const SITE_CATEGORIES = await siteCategories();
const CATEGORIES = SITE_CATEGORIES.map((category) => category.id);
const [FIRST, SECOND] = CATEGORIES as [string, string];
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
  it('builds every category once, then replays all of them from the cache', async () => {
    expect(statuses(await buildRun(ws))).toEqual(all('MISS'));
    const { id, repo } = SITE_CATEGORIES[0] as (typeof SITE_CATEGORIES)[number];
    const readme = join(ws, `categories/${id}/dist/${repo}/README.md`);
    const built = readFileSync(readme, 'utf8');
    rmSync(join(ws, `categories/${id}/dist`), { recursive: true });
    expect(statuses(await buildRun(ws))).toEqual(all('HIT'));
    expect(readFileSync(readme, 'utf8')).toBe(built);
  }, 60_000);

  it('rebuilds only the category whose config changed', async () => {
    appendFileSync(join(ws, `categories/${SECOND}/category.config.ts`), '// tweak\n');
    expect(statuses(await buildRun(ws))).toEqual(all('HIT', { [SECOND]: 'MISS' }));
  }, 60_000);

  it('rebuilds every category when the snapshot changes', async () => {
    const snapshot = join(ws, 'data/snapshot.json');
    const data = JSON.parse(readFileSync(snapshot, 'utf8')) as { updatedAt: string };
    // The build time is the snapshot's updatedAt: every README shows it.
    data.updatedAt = new Date(Date.parse(data.updatedAt) + 60_000).toISOString();
    writeFileSync(snapshot, JSON.stringify(data));
    expect(statuses(await buildRun(ws))).toEqual(all('MISS'));
    expect(statuses(await buildRun(ws))).toEqual(all('HIT'));
  }, 60_000);

  it('rebuilds only the category whose rows changed in the snapshot', async () => {
    const snapshot = join(ws, 'data/snapshot.json');
    const data = JSON.parse(readFileSync(snapshot, 'utf8')) as { jobs: Array<{ id: string; title: string }> };
    const shown = (id: string) => {
      const slice = JSON.parse(readFileSync(join(ws, 'categories', id, '.slice.json'), 'utf8'));
      return new Set((slice.jobs as Array<{ id: string }>).map((job) => job.id));
    };
    const others = CATEGORIES.filter((id) => id !== FIRST).map(shown);
    const job = data.jobs.find((each) => shown(FIRST).has(each.id) && !others.some((s) => s.has(each.id)));
    if (!job) throw new Error(`the sample has no job shown only in ${FIRST}`);
    job.title = `${job.title} II`;
    writeFileSync(snapshot, JSON.stringify(data));
    expect(statuses(await buildRun(ws))).toEqual(all('HIT', { [FIRST]: 'MISS' }));
  }, 60_000);

  it('rebuilds every category when a shared package changes', async () => {
    const statsFiles = readdirSync(join(ws, 'packages/stats/src'));
    expect(statsFiles).toContain('index.ts');
    appendFileSync(join(ws, 'packages/stats/src/index.ts'), '// tweak\n');
    expect(statuses(await buildRun(ws))).toEqual(all('MISS'));
  }, 60_000);

  it('builds one category with `pnpm build --filter`', () => {
    appendFileSync(join(ws, `categories/${FIRST}/category.config.ts`), '// tweak\n');
    const output = pnpm(['build', '--filter', `@joblist/category-${FIRST}`]);
    expect(output).toContain(`@joblist/category-${FIRST}:build`);
    for (const other of CATEGORIES.slice(1)) expect(output).not.toContain(`@joblist/category-${other}:build`);
    expect(output).toMatch(/Cached:\s+\d+ cached, \d+ total/u);
  }, 60_000);
});

describe('pnpm generate', () => {
  it('publishes every category, each README with at least 10 rows, into local bare repositories under out/repos; publishing again adds nothing', () => {
    rmSync(join(ws, 'out'), { recursive: true, force: true });
    pnpm(['generate']);
    const repos = join(ws, 'out/repos');
    const names = readdirSync(repos).sort();
    expect(names).toEqual(SITE_CATEGORIES.map((category) => `${category.repo}.git`).sort());
    for (const name of names) {
      expect(commitCount(join(repos, name))).toBe(1);
      const rows = showFile(join(repos, name), 'README.md')
        .toString('utf8')
        .match(/^\| \*\*\[/gmu);
      expect(rows?.length, name).toBeGreaterThanOrEqual(10);
      const files = ['README.md', 'jobs.json', 'feed.xml', 'feed.json', 'index.html'];
      expect(listFiles(join(repos, name))).toEqual(expect.arrayContaining(files));
    }
    const output = pnpm(['run', 'publish']);
    expect(output.match(/unchanged, nothing pushed/gu)).toHaveLength(CATEGORIES.length);
    for (const name of names) expect(commitCount(join(repos, name))).toBe(1);
    for (const { repo } of SITE_CATEGORIES)
      expect(existsSync(join(ws, `out/work/${repo}/README.md`))).toBe(true);
  }, 120_000);
});
