import { markdownOutput, renderCategory } from '@joblist/build';
import { CategorySchema, JobSchema } from '@joblist/core-model';
import {
  archivePath,
  jobLink,
  linkDestination,
  markdownParser,
  README_FILE,
  readmePagePath,
} from '@joblist/markdown-writer';
import { generateSampleJobs, SAMPLE_AS_OF } from '@joblist/sources';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';

const project = await loadRepoProject();
const builtAt = new Date(SAMPLE_AS_OF);
const [first] = project.categories;
if (!first) throw new Error('joblist.config.ts lists no category');

/** The job links of a Markdown file's openings table, in row order, read with remark (small files only). */
function tableLinks(markdown: string): string[] {
  const table = markdownParser.parse(markdown).children.find((node) => node.type === 'table');
  return (table?.children.slice(1) ?? []).map((row) => {
    const strong = row.children[1]?.children[0];
    const link = strong?.type === 'strong' ? strong.children[0] : undefined;
    if (link?.type !== 'link') throw new Error('a row without a job link');
    return link.url;
  });
}

/** Sample jobs, all in the category and its window, as many as asked. */
function jobsInCategory(count: number) {
  return v
    .parse(v.array(JobSchema), generateSampleJobs(project.categories.slice(0, 1), { perCategory: count }))
    .map((job) => ({ ...job, categories: [first?.id ?? ''], postedAt: SAMPLE_AS_OF }));
}

/**
 * The same without the characters that make the writer parse a cell back (`&`, `*`, …): at 100,000
 * rows the test is about paging, and each parse-back costs milliseconds.
 */
function plainJobsInCategory(count: number) {
  const plain = (text: string) => text.replace(/[\\`*_~<&!@]/gu, '+');
  return jobsInCategory(count).map((job) => ({
    ...job,
    title: plain(job.title),
    location: plain(job.location),
    company: { ...job.company, name: plain(job.company.name) },
  }));
}

/** Where each link sits in the table rows of `files`, in order; -1 for a link not found after the previous one. */
function linkOrder(files: readonly string[], links: readonly string[]): number[] {
  const rows = files.flatMap((file) => file.split('\n').filter((line) => line.startsWith('| **')));
  let row = 0;
  return links.map((link) => {
    while (row < rows.length && !rows[row]?.includes(`](${linkDestination(link)})**`)) row++;
    return row < rows.length ? row++ : -1;
  });
}

describe('README size guard', () => {
  it('keeps a README under its budget unchanged, with no pages', () => {
    const category = v.parse(CategorySchema, { ...first, limit: 0 });
    const build = renderCategory(project.site, project.categories, category, jobsInCategory(300), builtAt, {
      outputs: [markdownOutput],
    });
    expect(Object.keys(build.files)).toEqual([README_FILE, archivePath(builtAt)]);
    expect(tableLinks(build.files[README_FILE] ?? '')).toHaveLength(build.rows);
  });

  it('splits at a small budget into pages GitHub reads as tables, each linked, in order', () => {
    const category = v.parse(CategorySchema, { ...first, limit: 0, readmeBudget: 10_000 });
    const jobs = jobsInCategory(300);
    const build = renderCategory(project.site, project.categories, category, jobs, builtAt, {
      outputs: [markdownOutput],
    });
    const pages = Object.keys(build.files).filter((path) => path.startsWith('jobs/'));
    expect(pages.length).toBeGreaterThan(3);
    const readme = build.files[README_FILE] ?? '';
    for (const path of pages) expect(readme).toContain(`](${path})`);
    const files = [readme, ...pages.map((path) => build.files[path] ?? '')];
    for (const content of files) expect(Buffer.byteLength(content)).toBeLessThanOrEqual(10_000);
    expect(files.flatMap(tableLinks)).toEqual(jobs.map((job) => jobLink(job, project.site, category)));
    expect(build.files[readmePagePath(2)]).toContain('[previous page](../README.md)');
    expect(build.files[readmePagePath(3)]).toContain('[previous page](page-2.md)');
    expect(build.files[readmePagePath(2)]).toContain('[next page](page-3.md)');
    expect(build.files[pages.at(-1) ?? '']).not.toContain('next page');
  });

  it('with limit 0 and 100,000 jobs: a README under the budget plus pages, every selected job once, in order', () => {
    const category = v.parse(CategorySchema, { ...first, limit: 0 });
    const jobs = plainJobsInCategory(100_000);
    const build = renderCategory(project.site, project.categories, category, jobs, builtAt, {
      outputs: [markdownOutput],
    });
    expect(build.rows).toBe(100_000);
    // Same time for every job: selection keeps snapshot order, so the rows must be exactly `jobs`.
    expect(build.jobIds).toEqual(jobs.map((job) => job.id));
    const pages = Object.keys(build.files).filter((path) => path.startsWith('jobs/'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_path, index) => readmePagePath(index + 2)));
    const readme = build.files[README_FILE] ?? '';
    const files = [readme, ...pages.map((path) => build.files[path] ?? '')];
    for (const content of files)
      expect(Buffer.byteLength(content)).toBeLessThanOrEqual(category.readmeBudget);
    const rowLines = files.flatMap((file) => file.split('\n').filter((line) => line.startsWith('| **')));
    expect(rowLines).toHaveLength(100_000);
    const links = jobs.map((job) => jobLink(job, project.site, category));
    expect(linkOrder(files, links)).toEqual(links.map((_link, index) => index));
    const inReadme = readme.split('\n').filter((line) => line.startsWith('| **')).length;
    expect(inReadme).toBeGreaterThan(0);
    expect(readme).toContain(
      `_${(100_000 - inReadme).toLocaleString('en-US')} more jobs on [page 2](jobs/page-2.md), [page 3](jobs/page-3.md)`,
    );
  }, 600_000);
});
