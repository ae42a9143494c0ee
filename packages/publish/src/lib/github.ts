import { type Category, hasReaderFiles, type Redact, type Site } from '@joblist/core-model';
import {
  type Budget,
  createBudget,
  createGithubApi,
  createRepositoryIfMissing,
  DeferredError,
  enablePagesIfMissing,
  type GithubApi,
  type GithubApiOptions,
} from '@joblist/github';
import { checkTokenDestination } from './auth.ts';
import { type PublishContext, publishRepository } from './publish-repo.ts';
import { resolveRemote } from './remote.ts';
import { type PublishSummary, publishAll } from './run.ts';

/**
 * A GitHub REST client (`JOBLIST_GITHUB_API`, else api.github.com) whose token goes only where
 * {@link checkTokenDestination} allows: https, or plain http to loopback when allowed (tests).
 */
export function githubApiFor(
  token: GithubApiOptions['token'],
  redact: Redact,
  allowHttpLoopback: boolean,
  base?: string,
): GithubApi {
  return createGithubApi({
    base,
    token,
    redact,
    checkDestination: (url) => checkTokenDestination(url, 'JOBLIST_GITHUB_API', allowHttpLoopback),
  });
}

/** What `publish --create` needs beyond a publish run. */
export interface CreateOptions {
  /** The site's `readerFiles` (which categories publish `index.html`, served by Pages). */
  site: Pick<Site, 'readerFiles'>;
  /** The run's pacing budget (creation, Pages, pushes); default GitHub's limits on the wall clock. */
  budget?: Budget;
  /** The API base (default `JOBLIST_GITHUB_API`, else api.github.com). */
  apiBase?: string;
  /** The current token for API calls (a GitHub App installation's); default the context's `token`. */
  apiToken?: () => Promise<string | undefined>;
  /** Once aborted (SIGTERM), no further repository is started. */
  signal?: AbortSignal;
}

/**
 * `publish --create`: for each category, at most `concurrency` at once, creates its GitHub repository when
 * missing, publishes it, then turns GitHub Pages on, from the branch root, when it carries `index.html`.
 * Every request and push goes through one budget (GitHub's content-creation, points, concurrency and
 * primary limits), and each step is resumable: a run cut short is finished by the next one. One failing
 * repository never stops the others. A local remote is created by publish itself; a dry run creates nothing.
 */
export async function publishCreating(
  categories: readonly Category[],
  context: PublishContext,
  concurrency: number,
  options: CreateOptions,
): Promise<PublishSummary> {
  const onGithub = new Set(
    categories
      .filter(
        ({ repo }) =>
          resolveRemote(context.remoteTemplate, { org: context.org, repo }, context.remoteBase).kind ===
          'url',
      )
      .map(({ repo }) => repo),
  );
  if (onGithub.size === 0 || context.dryRun)
    return publishAll(categories, context, concurrency, { signal: options.signal });
  if (!context.token && !options.apiToken)
    throw new Error(
      '--create needs a token in GITHUB_TOKEN (or GH_TOKEN), or a GitHub App (JOBLIST_APP_ID), to create repositories on GitHub',
    );
  const budget = options.budget ?? createBudget({ log: context.log });
  const token = options.apiToken ?? context.token;
  const provision = {
    api: budget.api(githubApiFor(token, context.redact, context.allowHttpLoopback ?? false, options.apiBase)),
    org: context.org,
    redact: context.redact,
    log: context.log,
  };
  const publishOne = async (category: Category, run: PublishContext) => {
    if (!onGithub.has(category.repo)) return publishRepository(category, run);
    await createRepositoryIfMissing(provision, { name: category.repo, description: `${category.role} jobs` });
    const result = await publishRepository(category, run);
    if (!hasReaderFiles(options.site, category)) return result;
    try {
      await enablePagesIfMissing(provision, category.repo, run.settings.branch);
      return result;
    } catch (error) {
      // Published: only Pages waits for the next run (which finds the repository unchanged and turns it on).
      if (!(error instanceof DeferredError)) throw error;
      return { ...result, deferred: `GitHub Pages: ${error.message}` };
    }
  };
  return publishAll(categories, { ...context, pushPacer: context.pushPacer ?? budget }, concurrency, {
    signal: options.signal,
    publishOne,
  });
}
