import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { readSnapshot, selectJobs } from '@joblist/core-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const NOW = '2026-11-27T20:30:00Z';
const [FIRST] = (await loadRepoProject()).categories;
if (!FIRST) throw new Error('joblist.config.ts lists no category');
const { id: ID, repo: REPO } = FIRST;
let project: TempProject;

beforeAll(async () => {
  project = await createTempProject('split-build');
  expect((await project.run(['fetch', '--now', NOW])).code).toBe(0);
}, 60_000);
afterAll(() => project.remove());

const readme = (out: string) => readFile(join(project.dir, out, REPO, 'README.md'), 'utf8');
const built = (stdout: string) => Number(new RegExp(`built ${REPO}: (\\d+) jobs`, 'u').exec(stdout)?.[1]);

describe('joblist split, then build --slice', () => {
  it('builds from a category slice the same bytes as from the snapshot', async () => {
    const split = await project.run(['split']);
    expect(split.code).toBe(0);
    expect(split.stdout).toContain(`split ${ID}: 50 jobs`);
    const fromSlice = await project.run(['build', '--slice', `categories/${ID}/.slice.json`, '--out', 'a']);
    expect(fromSlice.code).toBe(0);
    expect((await project.run(['build', '--category', ID, '--out', 'b'])).code).toBe(0);
    expect(await readme('a')).toBe(await readme('b'));
  }, 60_000);

  it('names a missing slice and refuses selection options beside --slice', async () => {
    const missing = await project.run(['build', '--slice', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.json: not found; `joblist split` writes it');
    const mixed = await project.run(['build', '--slice', `categories/${ID}/.slice.json`, '--now', NOW]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('--slice: cannot be combined with --now');
  }, 60_000);
});

describe('joblist build --limit / --window-days', () => {
  it('overrides the category config; 0 lifts the cap and the window', async () => {
    const capped = await project.run(['build', '--category', ID, '--limit', '3', '--out', 'c']);
    expect(built(capped.stdout)).toBe(3);
    const site = await loadProject(join(project.dir, 'joblist.config.ts'));
    const backend = site.categories.find((category) => category.id === ID);
    if (!backend) throw new Error('no backend category');
    const { jobs } = await readSnapshot(join(project.dir, 'data/snapshot.json'));
    const unbounded = { ...backend, limit: Number.POSITIVE_INFINITY, windowDays: Number.POSITIVE_INFINITY };
    const every = selectJobs(jobs, unbounded, new Date(NOW)).length;
    expect(every).toBeGreaterThan(backend.limit);
    const backendRows = async (limit: string, windowDays: string, out: string) =>
      built(
        (
          await project.run([
            'build',
            '--category',
            ID,
            '--limit',
            limit,
            '--window-days',
            windowDays,
            '--out',
            out,
          ])
        ).stdout,
      );
    expect(await backendRows('0', '0', 'd')).toBe(every);
    const today = await backendRows('0', '1', 'e');
    expect(today).toBe(selectJobs(jobs, { ...unbounded, windowDays: 1 }, new Date(NOW)).length);
    expect(today).toBeLessThan(every);
  }, 60_000);

  it('rejects a count that is not a whole number, naming the flag', async () => {
    const result = await project.run(['build', '--limit', '-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--limit: expected a whole number of at least 0, received "-1"');
  }, 60_000);
});
