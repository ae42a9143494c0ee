import { categoryBuildRoot, DEFAULT_BUILD_DIR } from '@joblist/build';
import { loadProject } from '@joblist/config';
import {
  describePublish,
  type PublishAuth,
  type PublishSummary,
  publishAuth,
  publishProject,
  readToken,
  tokenRedactor,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { categoryArgs, numberArg, parseNow, resolvePath, shardArgs, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { pickSelected } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** `joblist publish`: commit and push the files each category's build manifest lists to its repository. */
export default defineCommand({
  meta: COMMAND_META.publish,
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
    let auth: PublishAuth | undefined;
    const redact = (text: string) => (auth?.redact ?? tokenRedactor(readToken()))(text);
    const log = (line: string) => console.log(redact(line));
    // SIGTERM (a job's timeout, a cancelled run): no further repository starts; the summary says which.
    const stop = new AbortController();
    const onTerm = () => stop.abort('SIGTERM');
    process.once('SIGTERM', onTerm);
    const run = async (): Promise<{ summary?: PublishSummary; error?: string }> => {
      try {
        auth = publishAuth();
        if (args.all && args.category) throw new Error('pass either --category <id> or --all, not both');
        const project = await loadProject(args.config);
        const categories = pickSelected(project, args);
        const minutes = args['deadline-minutes'];
        const summary = await publishProject(project, categories, {
          remote: args.remote,
          buildRoot: (category) => categoryBuildRoot(project.root, category, args.from),
          workDir: resolvePath(args['work-dir'], project.root, 'out/work'),
          now: args.now === undefined ? undefined : parseNow(args.now),
          dryRun: Boolean(args['dry-run']),
          force: Boolean(args.force),
          allowSample: Boolean(args['allow-sample']),
          create: Boolean(args.create),
          deadlineMinutes: minutes === undefined ? undefined : Number(minutes),
          auth,
          redact,
          log,
          signal: stop.signal,
        });
        if (summary.failed > 0 || stop.signal.aborted) process.exitCode = 1;
        return { summary };
      } catch (error) {
        const message = redact((error as Error).message);
        console.error(`joblist publish: ${message}`);
        process.exitCode = 1;
        return { error: message };
      } finally {
        process.off('SIGTERM', onTerm);
      }
    };
    await withJsonOutput(args.json, 'publish', run, (result) =>
      describePublish(result, Boolean(args['dry-run'])),
    );
  },
});
