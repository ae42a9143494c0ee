import { type Category, hasReaderFiles, type Redact, type Site } from '@joblist/core-model';
import {
  createGithubApi,
  createMissingRepositories,
  createPacer,
  enableMissingPages,
  type GithubApi,
  type PacerClock,
} from '@joblist/github';
import { checkTokenDestination } from './auth.ts';
import type { PublishContext } from './publish-repo.ts';
import { resolveRemote } from './remote.ts';
import { type PublishSummary, publishAll } from './run.ts';

/**
 * A GitHub REST client (`JOBLIST_GITHUB_API`, else api.github.com) whose token goes only where
 * {@link checkTokenDestination} allows: https, or plain http to loopback when allowed (tests).
 */
export function githubApiFor(
  token: string | undefined,
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
  /** The pacing clock (a simulated one in tests). */
  clock?: PacerClock;
  /** The API base (default `JOBLIST_GITHUB_API`, else api.github.com). */
  apiBase?: string;
}

/**
 * `publish --create`: creates the missing GitHub repositories of the URL remotes (paced within GitHub's
 * content-creation limit, resumable), publishes every category, then turns GitHub Pages on, from the
 * branch root, for the published repositories that carry `index.html`. A local remote is created by
 * publish itself; a dry run creates nothing.
 */
export async function publishCreating(
  categories: readonly Category[],
  context: PublishContext,
  concurrency: number,
  options: CreateOptions,
): Promise<PublishSummary> {
  const onGithub = categories.filter(
    ({ repo }) =>
      resolveRemote(context.remoteTemplate, { org: context.org, repo }, context.remoteBase).kind === 'url',
  );
  if (onGithub.length === 0 || context.dryRun) return publishAll(categories, context, concurrency);
  if (!context.token)
    throw new Error('--create needs a token in GITHUB_TOKEN (or GH_TOKEN) to create repositories on GitHub');
  const provision = {
    api: githubApiFor(context.token, context.redact, context.allowHttpLoopback ?? false, options.apiBase),
    pacer: createPacer(options.clock),
    org: context.org,
    redact: context.redact,
    log: context.log,
  };
  const specs = onGithub.map((category) => ({ name: category.repo, description: `${category.role} jobs` }));
  await createMissingRepositories(provision, specs);
  const summary = await publishAll(categories, context, concurrency);
  const published = new Set(summary.outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.repo));
  const withPages = onGithub.filter(
    (category) => published.has(category.repo) && hasReaderFiles(options.site, category),
  );
  await enableMissingPages(
    provision,
    withPages.map((category) => category.repo),
    context.settings.branch,
  );
  return summary;
}
