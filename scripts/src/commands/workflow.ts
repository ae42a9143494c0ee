import { loadProject } from '@joblist/config';
import { plural, shardCount } from '@joblist/core-model';
import { PUBLISH_WORKFLOW_FILE, publishWorkflow } from '@joblist/deploy';
import { syncFiles } from '@joblist/io';
import { defineCommand } from 'citty';
import { COMMAND_META } from './meta.ts';

/**
 * `joblist workflow`: writes `.github/workflows/publish.yml` for the config's shard count
 * (ceil(categories / publish.shardSize), at most 256); `--check` writes nothing and exits 1 when it is stale.
 */
export default defineCommand({
  meta: COMMAND_META.workflow,
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    check: { type: 'boolean', description: 'Write nothing; exit 1 when the workflow is missing or stale' },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const shards = shardCount(project.categories.length, project.site.publish.shardSize);
    const count = plural(shards, 'shard');
    const files = [{ path: PUBLISH_WORKFLOW_FILE, text: publishWorkflow(shards) }];
    const stale = await syncFiles(project.root, files, { check: args.check });
    if (stale.length === 0) console.log(`${PUBLISH_WORKFLOW_FILE} up to date (${count})`);
    else if (!args.check) console.log(`wrote ${PUBLISH_WORKFLOW_FILE} (${count})`);
    else {
      console.error(
        `${PUBLISH_WORKFLOW_FILE} is stale (run \`joblist workflow\`): the config asks for ${count}`,
      );
      process.exitCode = 1;
    }
  },
});
