import { resolve } from 'node:path';
import { DEFAULT_BUILD_DIR, readSlice, renderSelection, renderSlice, writeCategories } from '@joblist/build';
import { defineCommand } from 'citty';
import { shardArgs } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { type SelectionOptions, selectFromOptions, selectionArgs } from '../selection.ts';
import { commandMeta } from './meta.ts';

/** The `--out` option of `build` and `update`. */
export const buildOutArg = {
  type: 'string',
  description: `Output folder for every category, side by side: <out>/<repo>/ (default: each one's ${DEFAULT_BUILD_DIR})`,
} as const;

/** The files of every picked category, rendered from the snapshot (or from one slice), their build time and the project root. */
async function renderAll(args: SelectionOptions & { slice?: string }) {
  if (args.slice === undefined) return renderSelection(await selectFromOptions(args), args.template);
  const given = Object.keys({ ...selectionArgs, ...shardArgs }).filter(
    (name) => args[name as keyof typeof args] !== undefined,
  );
  if (given.length > 0)
    throw new Error(`--slice: cannot be combined with --${given.join(', --')} (give them to joblist split)`);
  return renderSlice(await readSlice(resolve(args.slice)), args.slice);
}

/** `joblist build`: renders each category's files (README, archive, feeds, page, jobs.json) and manifest from a snapshot. */
export default defineCommand({
  meta: commandMeta('build'),
  args: {
    ...selectionArgs,
    ...shardArgs,
    slice: {
      type: 'string',
      description:
        'Render the one category of a slice written by `joblist split` (reads no config or snapshot)',
    },
    out: buildOutArg,
    ...jsonArg,
  },
  async run({ args }) {
    // Every file is rendered and staged before any is put in place: a failure changes nothing.
    const build = async () => writeCategories(await renderAll(args), args.out);
    await withJsonOutput(args.json, 'build', build, (categories) => ({ categories }));
  },
});
