import type { Category, Redact, Site } from '@joblist/core-model';
import { createBudget } from '@joblist/github';
import type { PublishAuth } from './app-auth.ts';
import { allowsHttpLoopback } from './auth.ts';
import { publishCreating } from './github.ts';
import { checkRemoteTemplate } from './remote.ts';
import { type PublishSummary, publishAll } from './run.ts';

/** How many times a push is re-applied on top of a remote that moved on. */
const MAX_PUSH_ATTEMPTS = 4;

/** The loaded project a publish reads its site settings, category count and root from. */
export interface PublishedProject {
  root: string;
  site: Site;
  categories: Category[];
}

/** How {@link publishProject} publishes: the command's options, resolved, with the run's auth and stop signal. */
export interface PublishProjectOptions {
  /** Remote template of `--remote`, checked here (default: the site's `publish.remote`). */
  remote?: string;
  /** The folder holding a category's build, `<repo>/`. */
  buildRoot: (category: Category) => string;
  /** Where working copies are kept. */
  workDir: string;
  /** The build time for the archive retention (default: the build manifest's `builtAt`). */
  now?: Date;
  dryRun: boolean;
  force: boolean;
  allowSample: boolean;
  /** Create missing GitHub repositories and turn on Pages. */
  create: boolean;
  /** Minutes from now after which GitHub's rate limits are not waited for. */
  deadlineMinutes?: number;
  auth: PublishAuth;
  redact: Redact;
  log: (line: string) => void;
  /** Once aborted, no further repository starts. */
  signal: AbortSignal;
}

/**
 * Publishes the `categories` picked of `project`, each to its repository (creating missing ones with
 * `create`), paced by one budget for the run and its GitHub App's installation tokens when there is one.
 */
export async function publishProject(
  project: PublishedProject,
  categories: Category[],
  options: PublishProjectOptions,
): Promise<PublishSummary> {
  const { auth, log, signal } = options;
  const settings = project.site.publish;
  if (options.remote !== undefined)
    checkRemoteTemplate(options.remote, project.categories.length, '--remote');
  const context = {
    org: project.site.github.org,
    settings,
    remoteTemplate: options.remote ?? settings.remote,
    remoteBase: options.remote === undefined ? project.root : process.cwd(),
    buildRoot: options.buildRoot,
    workDir: options.workDir,
    now: options.now,
    dryRun: options.dryRun,
    force: options.force,
    allowSample: options.allowSample,
    token: auth.token,
    allowHttpLoopback: allowsHttpLoopback(),
    redact: options.redact,
    log,
    maxAttempts: MAX_PUSH_ATTEMPTS,
  };
  const minutes = options.deadlineMinutes;
  const budget = createBudget({
    log,
    deadline: minutes === undefined ? undefined : Date.now() + minutes * 60_000,
  });
  const tokens = auth.installationTokens(options.create ? 'all' : categories.map(({ repo }) => repo), {
    log,
  });
  const paced = {
    ...context,
    pushPacer: budget,
    ...(tokens && { tokenFor: (repo: string) => tokens.tokenFor(repo) }),
  };
  return options.create
    ? await publishCreating(categories, paced, settings.concurrency, {
        site: project.site,
        budget,
        signal,
        ...(tokens && { apiToken: () => tokens.tokenFor() }),
      })
    : await publishAll(categories, paced, settings.concurrency, { signal });
}

/** A publish's `--json` document: each repository's outcome, the counts, and the error that stopped it. */
export function describePublish(run: { summary?: PublishSummary; error?: string }, dryRun: boolean) {
  const { summary, error } = run;
  return {
    dryRun,
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
  };
}
