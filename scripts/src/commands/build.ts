import { resolve } from 'node:path';
import { readSlice, renderSelection, renderSlice, writeCategories } from '@joblist/build';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { type SelectionOptions, selectFromOptions, selectionArgs } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

/** The files of every picked category, rendered from the snapshot (or from one slice), their build time and the project root. */
async function renderAll(args: SelectionOptions & { slice?: string }) {
  if (args.slice === undefined) return renderSelection(await selectFromOptions(args), args.template);
  const given = Object.keys(selectionArgs).filter((name) => args[name as keyof typeof args] !== undefined);
  if (given.length > 0)
    throw new Error(`--slice: cannot be combined with --${given.join(', --')} (give them to joblist split)`);
  return renderSlice(await readSlice(resolve(args.slice)));
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
    const rendered = await renderAll(args);
    await writeCategories(rendered, resolvePath(args.out, rendered.root, DEFAULT_BUILD_OUT));
  },
});
