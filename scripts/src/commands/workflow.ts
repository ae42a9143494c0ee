import { loadProject } from '@joblist/config';
import { syncPublishWorkflow } from '@joblist/deploy';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';

/**
 * `joblist workflow`: writes `.github/workflows/publish.yml` for the config's shard count
 * (ceil(categories / publish.shardSize), at most 256); `--check` writes nothing and exits 1 when it is stale.
 */
export default defineCommand({
  meta: commandMeta('workflow'),
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    check: { type: 'boolean', description: 'Write nothing; exit 1 when the workflow is missing or stale' },
  },
  async run({ args }) {
    if (!(await syncPublishWorkflow(await loadProject(args.config), args.check))) process.exitCode = 1;
  },
});
