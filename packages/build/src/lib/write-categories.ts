import { join, relative } from 'node:path';
import { plural } from '@joblist/core-model';
import { ensureDir, mapSettled } from '@joblist/io';
import { compileTemplate } from '@joblist/markdown-writer';
import type { SalaryBasis } from '@joblist/stats';
import { planCategoryBuild, writeBuild } from './manifest.ts';
import { type CategoryFiles, renderRows } from './render.ts';
import type { Selection } from './selection.ts';
import type { Slice } from './slice.ts';
import { categoryTemplate } from './template.ts';

/** Categories whose files are written at once. */
const WRITE_CONCURRENCY = 8;

/** Rendered categories: their files, the build time and the folder relative output paths resolve against. */
export interface RenderedCategories {
  root: string;
  builtAt: Date;
  results: CategoryFiles[];
}

/** The files of every category of a selection (`template`: a template that overrides the configured ones, if given). */
export function renderSelection(selection: Selection, template: string | undefined): RenderedCategories {
  const { project, categories, builtAt, rows, rates, histories } = selection;
  const results = categories.map((category) =>
    renderRows(project.site, project.categories, category, rows.get(category.id) ?? [], builtAt, {
      rates,
      template: categoryTemplate(project, category, template),
      history: histories.get(category.id),
    }),
  );
  return { root: project.root, builtAt, results };
}

/** The files of a slice's one category (`joblist split` wrote everything it needs, its template too). */
export function renderSlice(slice: Slice & { target: Slice['categories'][number] }): RenderedCategories {
  const builtAt = new Date(slice.builtAt);
  const files = renderRows(slice.site, slice.categories, slice.target, slice.jobs, builtAt, {
    rates: slice.rates,
    template: compileTemplate(slice.template),
    history: slice.history,
  });
  return { root: process.cwd(), builtAt, results: [files] };
}

/** Which currency the average salary is in, e.g. `; avg salary in EUR (no exchange rates in the snapshot, 3 salaries in other currencies left out)`. */
function salaryNote(basis: SalaryBasis | undefined): string {
  if (basis === undefined) return '';
  const omitted =
    basis.omitted === 0
      ? ''
      : `, ${plural(basis.omitted, 'salary', 'salaries')} in other currencies left out`;
  const how = basis.converted ? 'converted with the snapshot rates' : 'no exchange rates in the snapshot';
  return `; avg salary in ${basis.currency} (${how}${omitted})`;
}

/**
 * Writes rendered categories under `out`: every target is checked to stay inside it before the first
 * write, each file is replaced atomically and each category's manifest is written last. Prints one line
 * per category.
 */
export async function writeCategories(rendered: RenderedCategories, out: string): Promise<void> {
  const { builtAt, results } = rendered;
  const plans = results.map((result) => ({ result, writes: planCategoryBuild(out, result, builtAt) }));
  await ensureDir(out, '--out');
  // Categories are written side by side (each one's manifest still last), which overlaps file I/O.
  const written = await mapSettled(plans, WRITE_CONCURRENCY, ({ writes }) => writeBuild(writes));
  const failed = written.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
  for (const { result } of plans) {
    const dir = join(out, result.category.repo);
    console.log(
      `built ${result.category.repo}: ${plural(result.rows, 'job')} → ${relative(process.cwd(), dir) || '.'}${salaryNote(result.salaryBasis)}`,
    );
  }
}
