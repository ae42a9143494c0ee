import { join, relative, resolve } from 'node:path';
import {
  type CategoryFiles,
  categoryTemplate,
  planCategoryBuild,
  readSlice,
  renderRows,
  writeBuild,
} from '@joblist/build';
import { ensureDir, mapSettled } from '@joblist/io';
import { compileTemplate } from '@joblist/markdown-writer';
import type { SalaryBasis } from '@joblist/stats';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { type Selection, type SelectionOptions, selectFromOptions, selectionArgs } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** Categories whose files are written at once. */
const WRITE_CONCURRENCY = 8;

/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

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
    });
    return { root: process.cwd(), builtAt, results: [files] };
  }
  return renderSelection(await selectFromOptions(args), args.template);
}

/** The files of every category of a selection (`template`: the `--template` flag, if given). */
export function renderSelection(selection: Selection, template: string | undefined) {
  const { project, categories, builtAt, rows, rates } = selection;
  const results: CategoryFiles[] = categories.map((category) =>
    renderRows(project.site, project.categories, category, rows.get(category.id) ?? [], builtAt, {
      rates,
      template: categoryTemplate(project, category, template),
    }),
  );
  return { root: project.root, builtAt, results };
}

/**
 * Writes rendered categories under `outFlag` (default {@link DEFAULT_BUILD_OUT} in `root`): every target is
 * checked to stay inside it before the first write, each file is replaced atomically and each category's
 * manifest is written last. Prints one line per category.
 */
export async function writeCategories(
  rendered: { root: string; builtAt: Date; results: CategoryFiles[] },
  outFlag: string | undefined,
): Promise<void> {
  const { root, builtAt, results } = rendered;
  const out = resolvePath(outFlag, root, DEFAULT_BUILD_OUT);
  const plans = results.map((result) => ({ result, writes: planCategoryBuild(out, result, builtAt) }));
  await ensureDir(out, '--out');
  // Categories are written side by side (each one's manifest still last), which overlaps file I/O.
  const written = await mapSettled(plans, WRITE_CONCURRENCY, ({ writes }) => writeBuild(writes));
  const failed = written.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
  for (const { result } of plans) {
    const dir = join(out, result.category.repo);
    console.log(
      `built ${result.category.repo}: ${result.rows} jobs → ${relative(process.cwd(), dir) || '.'}${salaryNote(result.salaryBasis)}`,
    );
  }
}

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
    out: {
      type: 'string',
      description: `Output folder; writes <out>/<repo>/... (default: ${DEFAULT_BUILD_OUT})`,
    },
  },
  async run({ args }) {
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    await writeCategories(await renderAll(args), args.out);
  },
});
