import { readdirSync } from 'node:fs';
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

/** A reference file's name: `<Repo>.README.md` or `<Repo>.archive-<day>.md`. */
const REFERENCE_FILE = /^(?<repo>.+)\.(?:README|archive-(?<day>\d{4}-\d{2}-\d{2}))\.md$/u;

describe.skipIf(!sharedAvailable).each(Object.entries(RUNS))(
  'every reference README and archive of %s (import → build; skipped without ../shared)',
  async (day, { dir, builtAt, template }) => {
    const project = await loadRepoProject();
    const folder = join(SHARED, 'reference', dir);
    const files = sharedAvailable ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
    const categoryOf = (name: string) =>
      project.categories.find((category) => category.repo === REFERENCE_FILE.exec(name)?.groups?.repo);
    // The reference has the four Jobr categories (its Related lists name those only); a category a
    // maintainer adds has no reference file.
    const referenced = project.categories.filter((category) => files.includes(`${category.repo}.README.md`));
    const build = (markdown: string, category: (typeof project.categories)[number]) => {
      const imported = importReadme(markdown, project.site, category);
      const jobs = parseOrThrow(v.array(JobSchema), imported.jobs, category.repo);
      return {
        imported,
        built: renderCategory(project.site, referenced, category, jobs, builtAt, { template }),
      };
    };

    it('has only READMEs and archive files of this day, each of a configured category', () => {
      expect(files.length).toBeGreaterThanOrEqual(8);
      for (const name of files) {
        expect({ name, day: REFERENCE_FILE.exec(name)?.groups?.day ?? day }).toEqual({ name, day });
        expect({ name, category: categoryOf(name)?.id !== undefined }).toEqual({ name, category: true });
      }
    });

    for (const name of files) {
      const category = categoryOf(name);
      if (!category) continue;
      if (name.endsWith('.README.md'))
        it(`${name} is byte-identical after import and build, but for Avg salary and Trending Skills`, async () => {
          const reference = await readFile(join(folder, name), 'utf8');
          const { imported, built } = build(reference, category);
          expect(imported.publishedAt).toEqual(builtAt);
          expect(withoutUnderivableValues(built.files['README.md'] ?? '')).toBe(
            withoutUnderivableValues(reference),
          );
          expect(built.files['README.md']).not.toBe(withoutUnderivableValues(reference));
        });
      else
        it(`${name} is byte-identical after import and build`, async () => {
          const reference = await readFile(join(folder, name), 'utf8');
          expect(build(reference, category).built.files[`archive/${day}.md`]).toBe(reference);
        });
    }
  },
);
