import { categoryBuildRoot, DEFAULT_BUILD_DIR } from '@joblist/build';
import { loadProject, pickCategories } from '@joblist/config';
import type { Category } from '@joblist/core-model';
import { describePublish, publishProject } from '@joblist/publish';
import { defineCommand } from 'citty';
import { categoryArgs, numberArg, parseNow, shardArgs, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { categoryChoice } from '../selection.ts';
import { commandMeta } from './meta.ts';

/** `joblist publish`: commit and push the files each category's build manifest lists to its repository. */
export default defineCommand({
  meta: commandMeta('publish'),
  args: {
    ...categoryArgs,
    ...shardArgs,
    from: {
      type: 'string',
      description: `Build folder holding <repo>/.joblist/manifest.json and the files it lists, for every category (default: each one's ${DEFAULT_BUILD_DIR})`,
    },
    remote: {
      type: 'string',
      description: 'Remote template with {org} and {repo} (default: site publish.remote)',
    },
    'work-dir': { type: 'string', description: 'Where working copies are kept (default: <root>/out/work)' },
    'dry-run': { type: 'boolean', description: 'Print a unified diff per repository and change nothing' },
    force: {
      type: 'boolean',
      description: 'Publish even when the build would drop too many rows (see publish.maxDropShare)',
    },
    create: {
      type: 'boolean',
      description: 'Create missing GitHub repositories and turn on Pages where index.html is published',
    },
    'allow-sample': {
      type: 'boolean',
      description: 'Publish jobs of the synthetic sample source to a URL remote (refused by default)',
    },
    'deadline-minutes': numberArg(
      "Minutes from the start after which GitHub's rate limits are not waited for: the rest is deferred to the next run (default: none)",
      { min: 0, above: true },
    ),
    now: timeArg("Build time (ISO) for the archive retention (default: the build manifest's builtAt)"),
    ...jsonArg,
  },
  async run({ args }) {
    const pick = async () => {
      if (args.all && args.category) throw new Error('pass either --category <id> or --all, not both');
      const project = await loadProject(args.config);
      const { category, shard } = categoryChoice(args);
      const minutes = args['deadline-minutes'];
      const options = {
        remote: args.remote,
        buildRoot: (picked: Category) => categoryBuildRoot(project.root, picked, args.from),
        workDir: args['work-dir'],
        now: args.now === undefined ? undefined : parseNow(args.now),
        dryRun: args['dry-run'],
        force: args.force,
        allowSample: args['allow-sample'],
        create: args.create,
        deadlineMinutes: minutes === undefined ? undefined : Number(minutes),
      };
      return { project, categories: pickCategories(project, category, shard), options };
    };
    const run = async () => {
      const { code, ...result } = await publishProject(pick);
      process.exitCode = code;
      return result;
    };
    await withJsonOutput(args.json, 'publish', run, (result) =>
      describePublish(result, Boolean(args['dry-run'])),
    );
  },
});
