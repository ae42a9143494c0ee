import { dirname, join, relative, resolve } from 'node:path';
import { plural } from '@joblist/core-model';
import { ensureDir, mapSettled } from '@joblist/io';
import { compileTemplate } from '@joblist/markdown-writer';
import type { SalaryBasis } from '@joblist/stats';
import { categoryBuildRoot } from './build-dir.ts';
import { readSiteLicense } from './license.ts';
import { type StagedBuild, stageCategoryBuild } from './manifest.ts';
import { type CategoryRender, type CategorySummary, renderRowsLazily } from './render.ts';
import type { Selection } from './selection.ts';
import type { Slice } from './slice.ts';
import { categoryTemplate } from './template.ts';

/** Categories whose files are put in place at once. */
const WRITE_CONCURRENCY = 8;

/**
 * Rendered categories: their files, the build time and the project root (each category's build folder is under
 * it). `results` renders each category as it is iterated, so a build holds one category's files at a time.
 */
export interface RenderedCategories {
  root: string;
  builtAt: Date;
  results: Iterable<CategoryRender>;
  /** A slice's default output folder: the `dist/` beside the slice (its category package's). */
  sliceOut?: string;
}

/** What was written for one category (the `--json` of `build` and `update`). */
export interface BuiltCategory {
  id: string;
  repo: string;
  rows: number;
  /** The folder written, `<out>/<repo>`. */
  dir: string;
}

/**
 * The files of every category of a selection (`template`: a template that overrides the configured ones, if
 * given), with the site's license file when it sets one. Every template is compiled here (a broken one throws
 * before anything is rendered); each category is rendered when `results` reaches it.
 */
export async function renderSelection(
  selection: Selection,
  template: string | undefined,
): Promise<RenderedCategories> {
  const { project, categories, builtAt, rows, rates, histories } = selection;
  const license = await readSiteLicense(project.root, project.site);
  const templates = categories.map((category) => categoryTemplate(project, category, template));
  function* results(): Generator<CategoryRender> {
    for (const [index, category] of categories.entries())
      yield renderRowsLazily(
        project.site,
        project.categories,
        category,
        rows.get(category.id) ?? [],
        builtAt,
        {
          rates,
          template: templates[index],
          history: histories.get(category.id),
          license,
        },
      );
  }
  return { root: project.root, builtAt, results: results() };
}

/**
 * The files of a slice's one category (`joblist split` wrote everything it needs, its template and license
 * too); `file` is the slice's path: its build goes into the `dist/` beside it by default.
 */
export function renderSlice(
  slice: Slice & { target: Slice['categories'][number] },
  file: string,
): RenderedCategories {
  const builtAt = new Date(slice.builtAt);
  const render = renderRowsLazily(slice.site, slice.categories, slice.target, slice.jobs, builtAt, {
    rates: slice.rates,
    template: compileTemplate(slice.template),
    history: slice.history,
    license: slice.license,
  });
  return { root: process.cwd(), builtAt, results: [render], sliceOut: join(dirname(resolve(file)), 'dist') };
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

/** One category rendered and staged: where it goes and what was written. */
interface StagedCategory {
  folder: string;
  result: CategorySummary;
  staged: StagedBuild;
}

/**
 * Writes rendered categories: each into `<out>/<repo>/` when `out` is given (`--out`), else into its own
 * build folder (`categories/<id>/dist/<repo>/`, see {@link categoryBuildRoot}; a slice's: the `dist/` beside
 * it). Each output of each category is rendered, checked to stay inside its folder and written to temporary
 * files before the next is rendered (one output's files in memory at a time); once every category is staged, the files
 * are put in place, each one's manifest last. A failure before then leaves every target untouched. Prints
 * one line per category.
 */
export async function writeCategories(
  rendered: RenderedCategories,
  out: string | undefined,
): Promise<BuiltCategory[]> {
  const { root, builtAt, results, sliceOut } = rendered;
  const categories: StagedCategory[] = [];
  const folders = new Set<string>();
  try {
    for (const result of results) {
      const folder =
        out === undefined && sliceOut !== undefined
          ? sliceOut
          : categoryBuildRoot(root, result.category, out);
      if (!folders.has(folder)) await ensureDir(folder, '--out');
      folders.add(folder);
      const staged = await stageCategoryBuild(folder, result, builtAt);
      // Its summary only: the spent outputs would keep the category's render input (rows, links, feed items).
      const { outputs: _, ...summary } = result;
      categories.push({ folder, result: summary, staged });
    }
  } catch (error) {
    await Promise.all(categories.map(({ staged }) => staged.discard()));
    throw error;
  }
  // Categories are put in place side by side (each one's manifest still last).
  const committed = await mapSettled(categories, WRITE_CONCURRENCY, ({ staged }) => staged.commit());
  const failed = committed.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
  return categories.map(({ result, folder }) => {
    const dir = join(folder, result.category.repo);
    console.log(
      `built ${result.category.repo}: ${plural(result.rows, 'job')} → ${relative(process.cwd(), dir) || '.'}${salaryNote(result.salaryBasis)}`,
    );
    return { id: result.category.id, repo: result.category.repo, rows: result.rows, dir };
  });
}
