import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CategorySchema, JobSchema, SiteSchema } from '@joblist/core-model';
import { computeStats } from '@joblist/stats';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import { jobsTable, renderArchive, renderReadme, toReferenceMarkdown } from '../src/index.ts';
import { loadTemplate } from '../src/lib/template/load.ts';
import { renderTemplate } from '../src/lib/template/render.ts';
import { slotValues } from '../src/lib/template/values.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FixtureSchema = v.object({
  builtAt: v.string(),
  site: SiteSchema,
  categories: v.array(CategorySchema),
  category: v.string(),
  jobs: v.array(JobSchema),
});
it('template equals code', async () => {
  const input = v.parse(
    FixtureSchema,
    JSON.parse(await readFile(join(FIXTURES, 'special-characters', 'input.json'), 'utf8')),
  );
  const category = input.categories.find((c) => c.id === input.category)!;
  const ri = {
    site: input.site,
    category,
    categories: input.categories,
    jobs: input.jobs,
    stats: computeStats(input.jobs),
    builtAt: new Date(input.builtAt),
  };
  const table = toReferenceMarkdown({ type: 'root', children: [jobsTable(ri)] }, '_').replace(/\n$/u, '');
  const t = loadTemplate('jobr-2025', process.cwd());
  const values = slotValues(ri, table);
  expect(renderTemplate(t.readme, values)).toBe(renderReadme(ri));
  const tableA = toReferenceMarkdown({ type: 'root', children: [jobsTable(ri)] }, '*').replace(/\n$/u, '');
  expect(renderTemplate(t.archive, slotValues(ri, tableA))).toBe(renderArchive(ri));
});
