import { writeSlices } from '@joblist/build';
import { defineCommand } from 'citty';
import { shardArgs } from '../_utils/args.ts';
import { selectFromOptions, selectionArgs } from '../selection.ts';
import { commandMeta } from './meta.ts';

/**
 * `joblist split`: selects every category's rows in one pass over the snapshot and writes each category's
 * slice (`categories/<id>/.slice.json`), the only data input of its Turbo `build` task; with `--shard i/N`
 * only the slices of that shard's categories.
 */
export default defineCommand({
  meta: commandMeta('split'),
  args: { ...selectionArgs, ...shardArgs },
  async run({ args }) {
    await writeSlices(await selectFromOptions(args), args.template);
  },
});
