import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCategory } from '@joblist/build';
import {
  type Category,
  type CategoryInput,
  CategorySchema,
  categoryMatcher,
  JobSchema,
  selectJobs,
} from '@joblist/core-model';
import { generateSampleJobs, SAMPLE_AS_OF, serializeSample } from '@joblist/sources';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject, newCategoryExample, REPO_ROOT } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const category = (input: Omit<CategoryInput, 'utmCampaign'>): Category =>
  v.parse(CategorySchema, { utmCampaign: `github-${input.id}-jobs`, ...input });
const asJobs = (jobs: unknown) => v.parse(v.array(JobSchema), jobs);

describe('the sample generator', () => {
  it('is deterministic, and a category’s jobs do not depend on the other categories', async () => {
    const { categories } = await loadRepoProject();
    const jobs = serializeSample(generateSampleJobs(categories));
    expect(serializeSample(generateSampleJobs(categories))).toBe(jobs);
    expect(serializeSample(generateSampleJobs(categories, { seed: 7 }))).not.toBe(jobs);
    const last = categories.at(-1) as Category;
    expect(generateSampleJobs([last])).toEqual(
      generateSampleJobs(categories).filter((job) => job.id.startsWith(`${last.id}-`)),
    );
  });

  it('gives every configured category valid jobs that fill its README', async () => {
    const project = await loadRepoProject();
    const jobs = asJobs(generateSampleJobs(project.categories));
    expect(jobs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(jobs.map((job) => job.workplace))).toEqual(new Set(['remote', 'hybrid', 'onsite']));
    expect(jobs.filter((job) => job.salary).length).toBeGreaterThan(50);
    for (const each of project.categories) {
      const result = renderCategory(project.site, project.categories, each, jobs, new Date(SAMPLE_AS_OF));
      expect(result.rows, each.id).toBeGreaterThanOrEqual(40);
      expect(result.files['README.md']).not.toContain('Not specified');
    }
  });

  it('titles a new category from its own match rules: keywords, role or id; never an excluded title', () => {
    const devops = category({
      id: 'devops',
      role: 'DevOps engineer',
      repo: 'DevOps-Jobs',
      match: { include: ['DevOps'] },
    });
    const data = category({
      id: 'data-platform',
      role: 'Data platform engineer',
      repo: 'Data-Jobs',
      match: { include: [/\bdata\s+platform\b/i], exclude: ['junior', 'manager'] },
      windowDays: 1,
    });
    const now = new Date(SAMPLE_AS_OF);
    for (const each of [devops, data]) {
      const jobs = asJobs(generateSampleJobs([each]));
      expect(jobs.every(categoryMatcher(each)), each.id).toBe(true);
      expect(jobs.every((job) => job.categories === undefined)).toBe(true);
      expect(selectJobs(jobs, each, now).length, each.id).toBeGreaterThanOrEqual(10);
      expect(selectJobs(jobs, each, now).length, each.id).toBeLessThan(jobs.length);
    }
    const dataTitles = generateSampleJobs([data]).map((job) => job.title);
    expect(dataTitles.some((title) => /^Data Platform Engineer/u.test(title))).toBe(true);
    expect(dataTitles.filter((title) => /junior|manager/iu.test(title))).toEqual([]);
  });

  it('names the category whose rules accept no title it can compose', () => {
    const odd = category({
      id: 'odd',
      role: 'Odd role',
      repo: 'Odd-Jobs',
      match: { include: [/\bxyzzy\b/] },
    });
    expect(() => generateSampleJobs([odd])).toThrow(
      /category "odd": match: .*add a keyword to match\.include/u,
    );
  });
});

describe('the `sample` source', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject('sample-source');
  });
  afterAll(() => project.remove());

  it('is what the site fetches, and `pnpm generate` fetches it at the sample’s own time', async () => {
    const { site } = await loadRepoProject();
    expect(site.sources).toEqual([{ type: 'sample' }, { type: 'submissions', minShare: 0 }]);
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.generate).toContain(`--now ${SAMPLE_AS_OF}`);
  });

  it('gives a category added with `new-category` a filled README, with no other step', async () => {
    const added = await newCategoryExample();
    const { categories } = await loadRepoProject();
    const args = ['new-category', added.id, '--role', added.role, '--repo', added.repo];
    expect((await project.run(args)).code).toBe(0);
    const fetched = await project.run(['fetch', '--now', SAMPLE_AS_OF, '--out', 'snapshot.json']);
    expect(fetched.stderr).toContain(`ok sample: ${(categories.length + 1) * 60} jobs`);
    expect(fetched.code).toBe(0);
    const built = await project.run(['build', '--all', '--snapshot', 'snapshot.json', '--out', 'out']);
    expect(built.stdout).toMatch(new RegExp(`built ${added.repo}: [1-9]\\d+ jobs`, 'u'));
    const readme = await readFile(join(project.dir, 'out', added.repo, 'README.md'), 'utf8');
    const rows = readme.match(/^\| \*\*\[.*$/gmu) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row.toLowerCase()).toContain(added.keyword.toLowerCase());
  });

  it('writes the same jobs to a file with `joblist sample`, and names a bad flag', async () => {
    expect((await project.run(['sample', '--out', 'sample.json'])).code).toBe(0);
    const written = await readFile(join(project.dir, 'sample.json'), 'utf8');
    const { categories } = await loadRepoProject();
    expect(written).toContain(serializeSample(generateSampleJobs(categories)).slice(2, -3));
    const bad = await project.run(['sample', '--out', 'x.json', '--per-category', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--per-category: expected a whole number of at least 1, received "many"');
  });
});
