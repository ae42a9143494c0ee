import type { Category, Redact, Site } from '@joblist/core-model';
import { createBudget } from '@joblist/github';
import { resolvePath } from '@joblist/io';
import { type PublishAuth, publishAuth } from './app-auth.ts';
import { allowsHttpLoopback, readToken, tokenRedactor } from './auth.ts';
import { publishCreating } from './github.ts';
import { checkRemoteTemplate } from './remote.ts';
import { type PublishSummary, publishAll } from './run.ts';

/** How many times a push is re-applied on top of a remote that moved on. */
const MAX_PUSH_ATTEMPTS = 4;

/** Where working copies are kept by default, relative to the project root. */
const DEFAULT_WORK_DIR = 'out/work';

/** The loaded project a publish reads its site settings, category count and root from. */
export interface PublishedProject {
  root: string;
  site: Site;
  categories: Category[];
}

/** How {@link publishProject} publishes: the command's options, parsed. */
export interface PublishProjectOptions {
  /** Remote template of `--remote`, checked here (default: the site's `publish.remote`). */
  remote?: string;
  /** The folder holding a category's build, `<repo>/`. */
  buildRoot: (category: Category) => string;
  /** Where working copies are kept, relative to the current folder (default: `out/work` in the project). */
  workDir?: string;
  /** The build time for the archive retention (default: the build manifest's `builtAt`). */
  now?: Date;
  dryRun?: boolean;
  force?: boolean;
  allowSample?: boolean;
  /** Create missing GitHub repositories and turn on Pages. */
  create?: boolean;
  /** Minutes from now after which GitHub's rate limits are not waited for. */
  deadlineMinutes?: number;
}

/** What a publish works on, picked once the run's auth is read: the project, the categories and the options. */
export interface PublishPick {
  project: PublishedProject;
  categories: Category[];
  options: PublishProjectOptions;
}

/** How a publish ended: its exit code, and its summary or the error (redacted) that stopped it. */
export interface PublishRun {
  code: number;
  summary?: PublishSummary;
  error?: string;
}

/** What the run adds to the options: its auth, redactor, log and stop signal. */
interface RunContext {
  auth: PublishAuth;
  redact: Redact;
  log: (line: string) => void;
  /** Once aborted, no further repository starts. */
  signal: AbortSignal;
}

/**
 * Runs `joblist publish`: reads the run's auth (a token or a GitHub App's), then `pick`s what to publish
 * and publishes it; every line is redacted, SIGTERM (a job's timeout, a cancelled run) lets no further
 * repository start, and a failure is one line `joblist publish: …` on stderr. Exit code 1 when a
 * repository failed, the run was stopped or it could not run.
 */
export async function publishProject(pick: () => Promise<PublishPick>): Promise<PublishRun> {
  let auth: PublishAuth | undefined;
  const redact = (text: string) => (auth?.redact ?? tokenRedactor(readToken()))(text);
  const log = (line: string) => console.log(redact(line));
  const stop = new AbortController();
  const onTerm = () => stop.abort('SIGTERM');
  process.once('SIGTERM', onTerm);
  try {
    auth = publishAuth();
    const { project, categories, options } = await pick();
    const context = { auth, redact, log, signal: stop.signal };
    const summary = await publishPicked(project, categories, options, context);
    return { code: summary.failed > 0 || stop.signal.aborted ? 1 : 0, summary };
  } catch (error) {
    const message = redact((error as Error).message);
    console.error(`joblist publish: ${message}`);
    return { code: 1, error: message };
  } finally {
    process.off('SIGTERM', onTerm);
  }
}

/**
 * Publishes the `categories` picked of `project`, each to its repository (creating missing ones with
 * `create`), paced by one budget for the run and its GitHub App's installation tokens when there is one.
 */
async function publishPicked(
  project: PublishedProject,
  categories: Category[],
  options: PublishProjectOptions,
  { auth, redact, log, signal }: RunContext,
): Promise<PublishSummary> {
  const settings = project.site.publish;
  if (options.remote !== undefined)
    checkRemoteTemplate(options.remote, project.categories.length, '--remote');
  const context = {
    org: project.site.github.org,
    settings,
    remoteTemplate: options.remote ?? settings.remote,
    remoteBase: options.remote === undefined ? project.root : process.cwd(),
    buildRoot: options.buildRoot,
    workDir: resolvePath(options.workDir, project.root, DEFAULT_WORK_DIR),
    now: options.now,
    dryRun: options.dryRun === true,
    force: options.force === true,
    allowSample: options.allowSample === true,
    token: auth.token,
    allowHttpLoopback: allowsHttpLoopback(),
    redact,
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
