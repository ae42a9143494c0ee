import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSnapshot } from '@joblist/core-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

/** Three fetch + build runs of the backend category over a changing job file, with the `joblist` template. */
const RUNS = [
  { now: '2025-11-01T12:00:00.000Z', jobs: ['a', 'b', 'c'] },
  { now: '2025-11-03T12:00:00.000Z', jobs: ['a', 'c', 'd'] },
  { now: '2025-11-14T12:00:00.000Z', jobs: ['a', 'e'] },
] as const;
const POSTED: Record<string, string> = {
  a: '2025-10-31T09:00:00Z',
  b: '2025-11-01T09:00:00Z',
  c: '2025-09-01T09:00:00Z',
  d: '2025-11-02T09:00:00Z',
  e: '2025-11-13T09:00:00Z',
};
const REPO = 'Backend-Development-Jobs';
const url = (id: string) => `https://jobs.example/${id}`;
const jobId = (id: string) => `file:jobs.json:${id}`;

let project: TempProject;

/** The site config of the test: the repository's, fed by `jobs.json`, with the joblist template and a 10-day memory. */
async function writeConfig(): Promise<void> {
  const config = await readFile(join(project.dir, 'joblist.config.ts'), 'utf8');
  const fed = config.replace(
    /sources: \[[^\]]*\],.*\n/u,
    "sources: [{ type: 'file', path: 'jobs.json', minShare: 0 }],\n  template: 'joblist',\n  history: { closedDays: 10 },\n",
  );
  expect(fed).not.toBe(config);
  await writeFile(join(project.dir, 'joblist.config.ts'), fed);
}

const jobsFile = (ids: readonly string[]) =>
  ids.map((id) => ({
    id,
    title: `Backend Engineer ${id.toUpperCase()}`,
    company: { name: `Company ${id}` },
    url: url(id),
    location: 'Berlin',
    workplace: 'remote',
    postedAt: POSTED[id],
    ...(id === 'a' && { salary: { min: 60_000, max: 80_000, currency: 'EUR', period: 'year' } }),
  }));

/** One run: the job file, then fetch and build at `now` into `out/<n>`; returns the built files it reads. */
async function run(index: number, out = `out-${index}`) {
  const { now, jobs } = RUNS[index] as (typeof RUNS)[number];
  await writeFile(join(project.dir, 'jobs.json'), JSON.stringify(jobsFile(jobs)));
  const fetched = await project.run(['fetch', '--now', now]);
  expect(fetched.code, fetched.stderr).toBe(0);
  return build(out);
}

async function build(out: string) {
  const built = await project.run(['build', '--category', 'backend', '--window-days', '0', '--out', out]);
  expect(built.code, built.stderr).toBe(0);
  const file = (path: string) => readFile(join(project.dir, out, REPO, path), 'utf8');
  return {
    readme: await file('README.md'),
    jobsJson: JSON.parse(await file('jobs.json')),
    rss: await file('feed.xml'),
    chart: await file('trend.svg'),
    snapshot: await readSnapshot(join(project.dir, 'data/snapshot.json')),
    file,
  };
}

/** The README row of a job, by its title. */
const row = (readme: string, id: string) =>
  readme.split('\n').find((line) => line.includes(`Backend Engineer ${id.toUpperCase()}]`)) ?? '';
const seen = (jobsJson: { jobs: Array<{ id: string; firstSeen: string; lastSeen: string }> }) =>
  Object.fromEntries(jobsJson.jobs.map((job) => [job.id, [job.firstSeen, job.lastSeen]]));

beforeAll(async () => {
  project = await createTempProject('history-builds');
  await writeConfig();
}, 60_000);
afterAll(() => project.remove());

describe('three successive builds over changing snapshots', () => {
  it('keep first seen, mark new and closed jobs, age them, and forget closed jobs after closedDays', async () => {
    const [t1, t2, t3] = RUNS.map((entry) => entry.now);

    const first = await run(0);
    expect(seen(first.jobsJson)).toEqual({
      [jobId('a')]: [t1, t1],
      [jobId('b')]: [t1, t1],
      [jobId('c')]: [t1, t1],
    });
    expect(row(first.readme, 'a')).toMatch(/\| 60k–80k EUR\/yr \| {2}\| 🆕 1d \|$/u);
    expect(row(first.readme, 'c')).toMatch(/\| 🆕 2mo \|$/u);
    expect(first.readme).not.toContain('Recently Closed');
    expect(first.readme).toContain('Avg salary: 70k EUR a year');

    const second = await run(1);
    expect(seen(second.jobsJson)).toEqual({
      [jobId('a')]: [t1, t2],
      [jobId('c')]: [t1, t2],
      [jobId('d')]: [t2, t2],
    });
    expect(row(second.readme, 'a')).toMatch(/\| {2}\| 3d \|$/u);
    expect(row(second.readme, 'd')).toMatch(/\| 🆕 1d \|$/u);
    expect(second.readme).toContain('🆕 1 new since the last update');
    expect(second.readme).toContain(
      '- Backend Engineer B at Company b: closed Nov 03 (gone from its source)',
    );
    expect(second.jobsJson.closed).toEqual([
      expect.objectContaining({
        id: jobId('b'),
        firstSeen: t1,
        lastSeen: t1,
        closedAt: t2,
        closedBy: 'source',
      }),
    ]);
    expect(second.rss).not.toContain(jobId('b'));
    // The chart counts every posting of the last 90 days, closed ones too: Sep 01, Oct 31, Nov 01 (b), Nov 02.
    expect(second.chart.match(/<rect /gu)).toHaveLength(4);
    const again = await build('out-1-again');
    for (const path of ['README.md', 'jobs.json', 'trend.svg', 'feed.xml', 'feed.json', 'index.html'])
      expect(await again.file(path), path).toBe(await second.file(path));

    // The third run: e's page is gone (check-links), c and d left their source; b closed 11 days ago (> 10) is forgotten.
    const links = {
      version: 1,
      links: { [url('e')]: { verdict: 'gone', detail: 'HTTP 404', checkedAt: t3 } },
    };
    await writeFile(join(project.dir, 'data/link-check.json'), JSON.stringify(links));
    const third = await run(2);
    expect(seen(third.jobsJson)).toEqual({ [jobId('a')]: [t1, t3] });
    expect(row(third.readme, 'a')).toMatch(/\| {2}\| 14d \|$/u);
    expect(third.snapshot.closed?.map((job) => [job.id, job.closedAt, job.closedBy])).toEqual([
      [jobId('c'), t3, 'source'],
      [jobId('d'), t3, 'source'],
      [jobId('e'), t3, 'link'],
    ]);
    expect(third.readme).toContain('- Backend Engineer E at Company e: closed Nov 14 (page gone)');
    expect(third.readme).not.toContain('Backend Engineer B');
    expect(third.readme).not.toContain('🆕');
  }, 120_000);
});
