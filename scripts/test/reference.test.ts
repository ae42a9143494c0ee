import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCategory } from '@joblist/build';
import { JobSchema, parseOrThrow } from '@joblist/core-model';
import { importReadme, loadTemplate, type Template } from '@joblist/markdown-writer';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadRepoProject, SHARED, sharedAvailable } from './_helpers/project.ts';

/** The two lines whose inputs (salaries, descriptions) are not in the table. */
const withoutUnderivableValues = (markdown: string) =>
  markdown
    .replace(/Avg salary: .*(?= {2}$)/mu, 'Avg salary: ?')
    .replace(/^\*\*Trending Skills:\*\* .*$/mu, '**Trending Skills:** ?');

/** One published run of the reference system: its folder, build time and the template of its format. */
interface ReferenceRun {
  dir: string;
  builtAt: Date;
  /** `undefined`: the default template, as a build without `--template` uses. */
  template: Template | undefined;
}

const RUNS: Record<string, ReferenceRun> = {
  '2025-11-03': { dir: 'jobr-2025-11-03', builtAt: new Date('2025-11-03T20:30:00Z'), template: undefined },
  '2026-07-01': {
    dir: 'jobr-2026-07-01',
    builtAt: new Date('2026-07-01T06:00:00Z'),
    template: loadTemplate('jobr-2026', '.'),
  },
};

if (!sharedAvailable)
  console.warn('reference tests skipped: ../shared/reference is absent (a clone outside the workplace)');

describe.skipIf(!sharedAvailable).each(Object.entries(RUNS))(
  'reference READMEs of %s (import → build; skipped without ../shared)',
  async (day, { dir, builtAt, template }) => {
    const project = await loadRepoProject();
    const read = (name: string) => readFile(join(SHARED, 'reference', dir, name), 'utf8');
    // The reference has the four Jobr categories (its Related lists name those only); a category a
    // maintainer adds has no reference file.
    const referenced = project.categories.filter((category) =>
      existsSync(join(SHARED, 'reference', dir, `${category.repo}.README.md`)),
    );
    const build = (markdown: string, category: (typeof project.categories)[number]) => {
      const imported = importReadme(markdown, project.site, category);
      const jobs = parseOrThrow(v.array(JobSchema), imported.jobs, category.repo);
      return {
        imported,
        built: renderCategory(project.site, referenced, category, jobs, builtAt, { template }),
      };
    };
    for (const category of referenced) {
      it(`${category.repo}: README is byte-identical but for Avg salary and Trending Skills`, async () => {
        const reference = await read(`${category.repo}.README.md`);
        const { imported, built } = build(reference, category);
        expect(imported.publishedAt).toEqual(builtAt);
        expect(withoutUnderivableValues(built.files['README.md'] ?? '')).toBe(
          withoutUnderivableValues(reference),
        );
        expect(built.files['README.md']).not.toBe(withoutUnderivableValues(reference));
      });

      it(`${category.repo}: archive/${day}.md is byte-identical`, async () => {
        const reference = await read(`${category.repo}.archive-${day}.md`);
        expect(build(reference, category).built.files[`archive/${day}.md`]).toBe(reference);
      });
    }
  },
);
