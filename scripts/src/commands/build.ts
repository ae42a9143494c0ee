import { dirname, join, relative, resolve } from 'node:path';
import {
  type CategoryFiles,
  categoryBuildRoot,
  categoryTemplate,
  DEFAULT_BUILD_DIR,
  planCategoryBuild,
  readSiteLicense,
  readSlice,
  renderRows,
  writeBuild,
} from '@joblist/build';
import type { Category } from '@joblist/core-model';
import { ensureDir, mapSettled } from '@joblist/io';
import { compileTemplate } from '@joblist/markdown-writer';
import type { SalaryBasis } from '@joblist/stats';
import { defineCommand } from 'citty';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { type Selection, type SelectionOptions, selectFromOptions, selectionArgs } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** Categories whose files are written at once. */
const WRITE_CONCURRENCY = 8;

/** Which currency the average salary is in, e.g. `; avg salary in EUR (no exchange rates in the snapshot, 3 salaries in other currencies left out)`. */
function salaryNote(basis: SalaryBasis | undefined): string {
  if (basis === undefined) return '';
  const omitted =
    basis.omitted === 0
      ? ''
      : `, ${basis.omitted} ${basis.omitted === 1 ? 'salary' : 'salaries'} in other currencies left out`;
  const how = basis.converted ? 'converted with the snapshot rates' : 'no exchange rates in the snapshot';
  return `; avg salary in ${basis.currency} (${how}${omitted})`;
}

/** The files of every picked category, rendered from the snapshot (or from one slice), their build time and the project root. */
async function renderAll(args: SelectionOptions & { all?: boolean; slice?: string }) {
  if (args.slice !== undefined) {
    const given = Object.keys(selectionArgs).filter((name) => args[name as keyof typeof args] !== undefined);
    if (given.length > 0)
      throw new Error(
        `--slice: cannot be combined with --${given.join(', --')} (give them to joblist split)`,
      );
    const slice = await readSlice(resolve(args.slice));
    const builtAt = new Date(slice.builtAt);
    const files = renderRows(slice.site, slice.categories, slice.target, slice.jobs, builtAt, {
      rates: slice.rates,
      template: compileTemplate(slice.template),
      license: slice.license,
    });
    // A slice's build goes into the `dist/` beside it (its category package's), as Turbo builds it.
    return {
      root: process.cwd(),
      builtAt,
      results: [files],
      sliceOut: join(dirname(resolve(args.slice)), 'dist'),
    };
  }
  return renderSelection(await selectFromOptions(args), args.template);
}

/** The files of every category of a selection (`template`: the `--template` flag, if given), with the site's license. */
export async function renderSelection(selection: Selection, template: string | undefined) {
  const { project, categories, builtAt, rows, rates } = selection;
  const license = await readSiteLicense(project.root, project.site);
  const results: CategoryFiles[] = categories.map((category) =>
    renderRows(project.site, project.categories, category, rows.get(category.id) ?? [], builtAt, {
      rates,
      template: categoryTemplate(project, category, template),
      license,
    }),
  );
  return { root: project.root, builtAt, results };
}

/** What `build` wrote for one category: its rows and folder (for `--json`), and the salary basis shown. */
export interface BuiltCategory {
  id: string;
  repo: string;
  rows: number;
  dir: string;
}

/**
 * Writes rendered categories: each into `<outFlag>/<repo>/` when `outFlag` is given, else into its own
 * build folder (`categories/<id>/dist/<repo>/`, see `categoryBuildRoot`; a slice's: the `dist/` beside it).
 * Every target is checked to stay inside its folder before the first write, each file is replaced
 * atomically and each category's manifest is written last. Prints one line per category.
 */
export async function writeCategories(
  rendered: { root: string; builtAt: Date; results: CategoryFiles[]; sliceOut?: string },
  outFlag: string | undefined,
): Promise<BuiltCategory[]> {
  const { root, builtAt, results } = rendered;
  const outRoot = (category: Category) =>
    outFlag === undefined && rendered.sliceOut !== undefined
      ? rendered.sliceOut
      : categoryBuildRoot(root, category, outFlag);
  const plans = results.map((result) => {
    const out = outRoot(result.category);
    return { result, out, writes: planCategoryBuild(out, result, builtAt) };
  });
  for (const out of new Set(plans.map((plan) => plan.out))) await ensureDir(out, '--out');
  // Categories are written side by side (each one's manifest still last), which overlaps file I/O.
  const written = await mapSettled(plans, WRITE_CONCURRENCY, ({ writes }) => writeBuild(writes));
  const failed = written.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
  return plans.map(({ result, out }) => {
    const dir = join(out, result.category.repo);
    console.log(
      `built ${result.category.repo}: ${result.rows} jobs → ${relative(process.cwd(), dir) || '.'}${salaryNote(result.salaryBasis)}`,
    );
    return { id: result.category.id, repo: result.category.repo, rows: result.rows, dir };
  });
}

/** The `--out` option of `build` and `update`. */
export const buildOutArg = {
  type: 'string',
  description: `Output folder for every category, side by side: <out>/<repo>/ (default: each one's ${DEFAULT_BUILD_DIR})`,
} as const;

/** `joblist build`: renders each category's files (README, archive, feeds, page, jobs.json) and manifest from a snapshot. */
export default defineCommand({
  meta: COMMAND_META.build,
  args: {
    ...selectionArgs,
    slice: {
      type: 'string',
      description:
        'Render the one category of a slice written by `joblist split` (reads no config or snapshot)',
    },
    out: buildOutArg,
    ...jsonArg,
  },
  async run({ args }) {
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    await withJsonOutput(
      args.json,
      'build',
      async () => writeCategories(await renderAll(args), args.out),
      (categories) => ({ categories }),
    );
  },
});
