import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JobSchema, parseOrThrow } from '@joblist/core-model';
import { importReadme } from '@joblist/markdown-writer';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderCategory } from '../src/pipeline/render.ts';
import { loadRepoProject, REFERENCE_DIR, sharedAvailable } from './_helpers/project.ts';

/** The two lines whose inputs (salaries, descriptions) are not in the table. */
const withoutUnderivableValues = (markdown: string) =>
  markdown
    .replace(/Avg salary: .*(?= {2}$)/mu, 'Avg salary: ?')
    .replace(/^\*\*Trending Skills:\*\* .*$/mu, '**Trending Skills:** ?');

const BUILT_AT = new Date('2025-11-03T20:30:00Z');

if (!sharedAvailable)
  console.warn('reference tests skipped: ../shared/reference is absent (a clone outside the workplace)');

describe.skipIf(!sharedAvailable)(
  'reference READMEs of 2025-11-03 (import → build; skipped without ../shared)',
  async () => {
    const project = await loadRepoProject();
    for (const category of project.categories) {
      it(`${category.repo}: README is byte-identical but for Avg salary and Trending Skills`, async () => {
        const reference = await readFile(join(REFERENCE_DIR, `${category.repo}.README.md`), 'utf8');
        const imported = importReadme(reference, project.site, category);
        expect(imported.publishedAt).toEqual(BUILT_AT);
        const jobs = parseOrThrow(v.array(JobSchema), imported.jobs, category.repo);
        const built = renderCategory(project.site, project.categories, category, jobs, BUILT_AT);
        expect(withoutUnderivableValues(built.files['README.md'] ?? '')).toBe(
          withoutUnderivableValues(reference),
        );
        expect(built.files['README.md']).not.toBe(withoutUnderivableValues(reference));
      });

      it(`${category.repo}: archive/2025-11-03.md is byte-identical`, async () => {
        const reference = await readFile(
          join(REFERENCE_DIR, `${category.repo}.archive-2025-11-03.md`),
          'utf8',
        );
        const imported = importReadme(reference, project.site, category);
        const jobs = parseOrThrow(v.array(JobSchema), imported.jobs, category.repo);
        const built = renderCategory(project.site, project.categories, category, jobs, BUILT_AT);
        expect(built.files['archive/2025-11-03.md']).toBe(reference);
      });
    }
  },
);
