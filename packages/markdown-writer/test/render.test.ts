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
