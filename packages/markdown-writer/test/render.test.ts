import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CategorySchema, JobSchema, SiteSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderFiles, renderInput } from '../src/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fixture's `input/render-input.json`: the site, its categories, which one to render, the jobs and the build time. */
const FixtureSchema = v.object({
  builtAt: v.string(),
  site: SiteSchema,
  categories: v.array(CategorySchema),
  category: v.string(),
  jobs: v.array(JobSchema),
});

/** Every file under `dir`, path relative to it → content. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return Object.fromEntries(files.map((file, index) => [relative(dir, file), contents[index] as string]));
}

/**
 * Golden cases: `test/fixtures/<case>/input/render-input.json` renders to exactly the files of
 * `test/fixtures/<case>/output/` (`README.md`, `archive/<YYYY-MM-DD>.md`), byte for byte.
 */
describe.each(readdirSync(FIXTURES))('golden fixture %s', (name) => {
  it('renders every output file byte for byte, and no other', async () => {
    const input = v.parse(
      FixtureSchema,
      JSON.parse(await readFile(join(FIXTURES, name, 'input', 'render-input.json'), 'utf8')),
    );
    const category = input.categories.find((c) => c.id === input.category);
    if (!category) throw new Error(`${name}: no category ${input.category}`);
    const { site, categories, jobs } = input;
    const files = renderFiles(
      renderInput({ site, category, categories, jobs, builtAt: new Date(input.builtAt) }),
    );
    expect(files).toEqual(await readTree(join(FIXTURES, name, 'output')));
  });
});

/** The golden cases of the four over-escapes of issue 18, each as the reference system writes it. */
const WRITTEN_AS_THE_REFERENCE = ['at-in-titles', 'invisible-characters', 'dollar-amounts', 'long-location'];

describe.each(WRITTEN_AS_THE_REFERENCE)('golden fixture %s, as the reference system writes it', (name) => {
  it('shows every title, company and location whole, escaping only |, [ and ]', async () => {
    // The postings as they came, not as the schema cleaned them: what the reference system showed.
    const input = JSON.parse(await readFile(join(FIXTURES, name, 'input', 'render-input.json'), 'utf8')) as {
      jobs: { title: string; company: { name: string; url?: string }; location: string }[];
    };
    const readme = await readFile(join(FIXTURES, name, 'output', 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| **'));
    expect(rows).toHaveLength(input.jobs.length);
    const asTheReference = (text: string) => text.replace(/[|[\]]/gu, '\\$&');
    input.jobs.forEach((job, index) => {
      const company = asTheReference(job.company.name);
      const cells = (rows[index] ?? '').replace(/\]\([^)]*\)\*\*/gu, ']**').split(' | ');
      expect(cells.slice(0, 3)).toEqual([
        `| **${job.company.url ? `[${company}]` : company}**`,
        `**[${asTheReference(job.title)}]**`,
        asTheReference(job.location),
      ]);
    });
  });
});
