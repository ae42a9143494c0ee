import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { shardCount } from '@joblist/core-model';
import { PUBLISH_WORKFLOW_FILE, publishWorkflow } from '@joblist/deploy';
import { writeFileAtomic } from '@joblist/io';
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
    const text = publishWorkflow(shards);
    const file = join(project.root, PUBLISH_WORKFLOW_FILE);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) {
      console.log(`${PUBLISH_WORKFLOW_FILE} up to date (${shards} shard${shards === 1 ? '' : 's'})`);
      return;
    }
    if (args.check) {
      console.error(
        `${PUBLISH_WORKFLOW_FILE} is stale (run \`joblist workflow\`): the config asks for ${shards} shard${shards === 1 ? '' : 's'}`,
      );
      process.exitCode = 1;
      return;
    }
    await writeFileAtomic(file, text);
    console.log(`wrote ${PUBLISH_WORKFLOW_FILE} (${shards} shard${shards === 1 ? '' : 's'})`);
  },
});
