import { CategorySchema, JobSchema } from '@joblist/core-model';
import { markdownParser, README_FILE } from '@joblist/markdown-writer';
import type { Link, Strong, Table } from 'mdast';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readmeOutput, renderCategory } from '../src/pipeline/render.ts';
import { generateSampleJobs, SAMPLE_AS_OF } from '../src/sample/generate.ts';
import { loadRepoProject } from './_helpers/project.ts';

const project = await loadRepoProject();
const builtAt = new Date(SAMPLE_AS_OF);
const [first] = project.categories;
if (!first) throw new Error('joblist.config.ts lists no category');

/** The job links of a Markdown file's openings table, in row order. */
function tableLinks(markdown: string): string[] {
  const table = markdownParser.parse(markdown).children.find((node): node is Table => node.type === 'table');
  return (table?.children.slice(1) ?? []).map((row) => {
    const strong = row.children[1]?.children[0] as Strong | undefined;
    const link = strong?.children[0] as Link | undefined;
    if (!link) throw new Error('a row without a job link');
    return link.url;
  });
}

/** Sample jobs, all in the category and its window, as many as asked. */
function jobsInCategory(count: number) {
  return v
    .parse(v.array(JobSchema), generateSampleJobs({ count }))
    .map((job) => ({ ...job, categories: [first?.id ?? ''], postedAt: SAMPLE_AS_OF }));
}

describe('README size guard', () => {
  it('keeps a README under its budget unchanged, with no pages', () => {
    const category = v.parse(CategorySchema, { ...first, limit: 0 });
    const build = renderCategory(project.site, project.categories, category, jobsInCategory(300), builtAt, [
      readmeOutput,
    ]);
    expect(Object.keys(build.files)).toEqual([README_FILE]);
    expect(tableLinks(build.files[README_FILE] ?? '')).toHaveLength(build.rows);
  });

  it('with limit 0 and 100,000 jobs: a README under the budget plus pages, every selected job once, in order', () => {
    const category = v.parse(CategorySchema, { ...first, limit: 0 });
    const jobs = jobsInCategory(100_000);
    const build = renderCategory(project.site, project.categories, category, jobs, builtAt, [readmeOutput]);
    expect(build.rows).toBe(100_000);
    const paths = Object.keys(build.files);
    const pages = paths.filter((path) => path !== README_FILE);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_path, index) => `jobs/page-${index + 2}.md`));
    const readme = build.files[README_FILE] ?? '';
    for (const content of Object.values(build.files)) {
      expect(Buffer.byteLength(content)).toBeLessThanOrEqual(category.readmeBudget);
    }
    const readmeRows = tableLinks(readme).length;
    expect(readme).toContain(
      `_${(100_000 - readmeRows).toLocaleString('en-US')} more jobs on [page 2](jobs/page-2.md)`,
    );
    const links = Object.values(build.files).flatMap(tableLinks);
    // Same time for every job: selection keeps snapshot order, so the union must be exactly `jobs`.
    expect(build.jobIds).toEqual(jobs.map((job) => job.id));
    const lastSegment = (url: string) => new URL(url).pathname.split('/').pop();
    expect(links.map(lastSegment)).toEqual(jobs.map((job) => lastSegment(job.url)));
  }, 600_000);
});
