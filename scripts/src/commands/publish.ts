import { categoryBuildRoot, DEFAULT_BUILD_DIR } from '@joblist/build';
import { loadProject } from '@joblist/config';
import type { Category } from '@joblist/core-model';
import { createBudget } from '@joblist/github';
import {
  allowsHttpLoopback,
  checkRemoteTemplate,
  type PublishAuth,
  type PublishSummary,
  publishAll,
  publishAuth,
  publishCreating,
  readToken,
  tokenRedactor,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { categoryArgs, numberArg, parseNow, resolvePath, shardArgs, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { pickSelected } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** How many times a push is re-applied on top of a remote that moved on. */
const MAX_PUSH_ATTEMPTS = 4;

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
        const settings = project.site.publish;
        if (args.remote !== undefined)
          checkRemoteTemplate(args.remote, project.categories.length, '--remote');
        const context = {
          org: project.site.github.org,
          settings,
          remoteTemplate: args.remote ?? settings.remote,
          remoteBase: args.remote === undefined ? project.root : process.cwd(),
          buildRoot: (category: Category) => categoryBuildRoot(project.root, category, args.from),
          workDir: resolvePath(args['work-dir'], project.root, 'out/work'),
          now: args.now === undefined ? undefined : parseNow(args.now),
          dryRun: Boolean(args['dry-run']),
          force: Boolean(args.force),
          allowSample: Boolean(args['allow-sample']),
          token: auth.token,
          allowHttpLoopback: allowsHttpLoopback(),
          redact,
          log,
          maxAttempts: MAX_PUSH_ATTEMPTS,
        };
        const minutes = args['deadline-minutes'];
        const budget = createBudget({
          log,
          deadline: minutes === undefined ? undefined : Date.now() + Number(minutes) * 60_000,
        });
        const tokens = auth.installationTokens(args.create ? 'all' : categories.map(({ repo }) => repo), {
          log,
        });
        const paced = {
          ...context,
          pushPacer: budget,
          ...(tokens && { tokenFor: (repo: string) => tokens.tokenFor(repo) }),
        };
        const summary = args.create
          ? await publishCreating(categories, paced, settings.concurrency, {
              site: project.site,
              budget,
              signal: stop.signal,
              ...(tokens && { apiToken: () => tokens.tokenFor() }),
            })
          : await publishAll(categories, paced, settings.concurrency, { signal: stop.signal });
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
    await withJsonOutput(args.json, 'publish', run, ({ summary, error }) => ({
      dryRun: Boolean(args['dry-run']),
      repositories: (summary?.outcomes ?? []).map((outcome) =>
        outcome.ok
          ? {
              repo: outcome.repo,
              status: outcome.result.status,
              commit: outcome.result.commit ?? null,
              expired: outcome.result.expired,
              created: outcome.result.remoteCreated,
              deferred: outcome.result.deferred ?? null,
            }
          : { repo: outcome.repo, status: outcome.status, error: outcome.error },
      ),
      ...(summary && { summary: summary.counts }),
      ...(error === undefined ? {} : { error }),
    }));
  },
});
