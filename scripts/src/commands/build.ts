import { join, relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { type CategoryFiles, renderRows } from '../pipeline/render.ts';
import { type SelectionOptions, selectFromOptions, selectionArgs } from '../pipeline/selection.ts';
import { readSlice } from '../pipeline/slice.ts';
import { COMMAND_META } from './meta.ts';

/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

/** The files of every picked category, rendered from the snapshot (or from one slice), and the project root. */
async function renderAll(args: SelectionOptions & { all?: boolean; slice?: string }) {
  if (args.slice !== undefined) {
    const given = Object.keys(selectionArgs).filter((name) => args[name as keyof typeof args] !== undefined);
    if (given.length > 0)
      throw new Error(
        `--slice: cannot be combined with --${given.join(', --')} (give them to joblist split)`,
      );
    const slice = await readSlice(resolve(args.slice));
    const files = renderRows(slice.site, slice.categories, slice.target, slice.jobs, new Date(slice.builtAt));
    return { root: process.cwd(), results: [files] };
  }
  const { project, categories, builtAt, rows } = await selectFromOptions(args);
  const results: CategoryFiles[] = categories.map((category) =>
    renderRows(project.site, project.categories, category, rows.get(category.id) ?? [], builtAt),
  );
  return { root: project.root, results };
}

/** `joblist build`: renders each category's README.md and archive file from a snapshot. */
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
    const { root, results } = await renderAll(args);
    const out = resolvePath(args.out, root, DEFAULT_BUILD_OUT);
    for (const { category, rows, files } of results) {
      for (const [path, content] of Object.entries(files)) {
        await writeFileAtomic(join(out, category.repo, path), content);
      }
      console.log(
        `built ${category.repo}: ${rows} jobs → ${relative(process.cwd(), join(out, category.repo)) || '.'}`,
      );
    }
  },
});
