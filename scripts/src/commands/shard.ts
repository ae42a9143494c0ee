import { categoryPackageFilter, loadProject, pickCategories } from '@joblist/config';
import { defineCommand } from 'citty';
import { parseShard, shardArgs } from '../_utils/args.ts';
import { UsageError } from '../_utils/usage-error.ts';
import { commandMeta } from './meta.ts';

/**
 * `joblist shard --shard i/N`: the ids of the shard's categories, one a line; `--filters` prints Turbo's
 * `--filter=<package folder>` for each instead (`turbo run build $(joblist shard … --filters)`).
 */
export default defineCommand({
  meta: commandMeta('shard'),
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    ...shardArgs,
    filters: { type: 'boolean', description: "Print Turbo's --filter for each category's package" },
  },
  async run({ args }) {
    if (args.shard === undefined) throw new UsageError('--shard i/N is required');
    const project = await loadProject(args.config);
    for (const category of pickCategories(project, undefined, parseShard(args.shard)))
      console.log(args.filters ? categoryPackageFilter(project.root, category.id) : category.id);
  },
});
