import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CategorySchema, JobSchema, SiteSchema } from '@joblist/core-model';
import { computeStats } from '@joblist/stats';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderArchive, renderReadme } from '../src/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A fixture's `input.json`: the site, its categories, which one to render, the rows and the build time. */
const FixtureSchema = v.object({
  builtAt: v.string(),
  site: SiteSchema,
  categories: v.array(CategorySchema),
  category: v.string(),
  jobs: v.array(JobSchema),
});

/** Golden cases: `test/fixtures/<case>/input.json` renders to `README.md` and `archive.md` beside it. */
describe.each(['special-characters'])('golden fixture %s', (name) => {
  it('renders the README and archive byte for byte', async () => {
    const input = v.parse(
      FixtureSchema,
      JSON.parse(await readFile(join(FIXTURES, name, 'input.json'), 'utf8')),
    );
    const category = input.categories.find((c) => c.id === input.category);
    if (!category) throw new Error(`${name}: no category ${input.category}`);
    const { site, categories, jobs } = input;
    const renderInput = {
      site,
      category,
      categories,
      jobs,
      stats: computeStats(jobs),
      builtAt: new Date(input.builtAt),
    };
    expect(renderReadme(renderInput)).toBe(await readFile(join(FIXTURES, name, 'README.md'), 'utf8'));
    expect(renderArchive(renderInput)).toBe(await readFile(join(FIXTURES, name, 'archive.md'), 'utf8'));
  });
});
