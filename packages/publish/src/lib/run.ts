import { type Category, plural } from '@joblist/core-model';
import { DeferredError } from '@joblist/github';
import { mapSettled } from '@joblist/io';
import { type PublishContext, publishRepository, type RepoResult } from './publish-repo.ts';

/**
 * Why a repository was not published: `failed` (an error: exit 1), `skipped` (not started: the run was
 * stopped, e.g. SIGTERM) or `deferred` (GitHub's limits would keep it waiting past the deadline). The next
 * run publishes skipped and deferred ones (finished ones answer `unchanged` at once).
 */
export type NotPublished = 'failed' | 'skipped' | 'deferred';

/** One repository's outcome in a run: its result, or why it was not published. */
export type RepoOutcome =
  | { repo: string; ok: true; result: RepoResult }
  | { repo: string; ok: false; status: NotPublished; error: string };

/** How many repositories ended each way (the keys of `publish --json`'s `summary`). */
export interface SummaryCounts {
  published: number;
  unchanged: number;
  wouldChange: number;
  skipped: number;
  deferred: number;
  failed: number;
  total: number;
}

/** The outcome of publishing several repositories. */
export interface PublishSummary {
  outcomes: RepoOutcome[];
  failed: number;
  counts: SummaryCounts;
}

/** How a run goes beyond its context: a stop signal, and what publishing one repository is. */
export interface RunOptions {
  /** Once aborted (SIGTERM), no further repository is started: the rest are `skipped` with its reason. */
  signal?: AbortSignal;
  /** Publishes one repository (default {@link publishRepository}; `publish --create` adds creation and Pages). */
  publishOne?: (category: Category, context: PublishContext) => Promise<RepoResult>;
}

/** A repository not started because the run was stopped. */
class SkippedError extends Error {}

function describe(result: RepoResult, dryRun: boolean): string {
  const expired =
    result.expired.length > 0 ? `, ${plural(result.expired.length, 'old archive file')} deleted` : '';
  switch (result.status) {
    case 'published':
      return `published ${result.commit}${expired}`;
    case 'would-change':
      return `would change${expired}`;
    case 'unchanged':
      return dryRun ? 'would not change' : 'unchanged, nothing pushed';
  }
}

const notPublished = (error: unknown): NotPublished =>
  error instanceof SkippedError ? 'skipped' : error instanceof DeferredError ? 'deferred' : 'failed';

/** The counts of `outcomes`. */
function countOutcomes(outcomes: readonly RepoOutcome[]): SummaryCounts {
  const status = (outcome: RepoOutcome) => (outcome.ok ? outcome.result.status : outcome.status);
  const count = (name: string) => outcomes.filter((outcome) => status(outcome) === name).length;
  return {
    published: count('published'),
    unchanged: count('unchanged'),
    wouldChange: count('would-change'),
    skipped: count('skipped'),
    deferred: count('deferred'),
    failed: count('failed'),
    total: outcomes.length,
  };
}

/**
 * Publishes every category's repository, at most `concurrency` at once, logging a progress line per
 * repository (and a dry run's diff) and a summary line. A failing repository does not stop the others;
 * a stopped run (`options.signal`) starts no further repository, and work the limits defer past the
 * deadline is reported as such: the next run does the rest.
 */
export async function publishAll(
  categories: readonly Category[],
  context: PublishContext,
  concurrency: number,
  options: RunOptions = {},
): Promise<PublishSummary> {
  const total = categories.length;
  const publishOne = options.publishOne ?? publishRepository;
  let done = 0;
  const settled = await mapSettled(categories, concurrency, async (category) => {
    const { signal } = options;
    if (signal?.aborted)
      throw new SkippedError(`not started: the run was stopped (${String(signal.reason)})`);
    context.log(`${category.repo}: ${context.dryRun ? 'comparing' : 'publishing'}`);
    try {
      const result = await publishOne(category, context);
      done++;
      if (result.diff) context.log(`--- ${category.repo} (dry run) ---\n${result.diff.trimEnd()}`);
      const left = result.deferred ? `; deferred: ${result.deferred}` : '';
      context.log(`[${done}/${total}] ${category.repo}: ${describe(result, context.dryRun)}${left}`);
      return result;
    } catch (error) {
      done++;
      const label = notPublished(error) === 'deferred' ? 'DEFERRED' : 'FAILED';
      context.log(
        `[${done}/${total}] ${category.repo}: ${label}: ${context.redact((error as Error).message)}`,
      );
      throw error;
    }
  });
  const outcomes = settled.map((entry, index): RepoOutcome => {
    const repo = categories[index]?.repo ?? '';
    return entry.ok
      ? { repo, ok: true, result: entry.value }
      : {
          repo,
          ok: false,
          status: notPublished(entry.error),
          error: context.redact((entry.error as Error).message),
        };
  });
  const counts = countOutcomes(outcomes);
  const parts = context.dryRun
    ? [`${counts.wouldChange} would change`, `${counts.unchanged} unchanged`]
    : [`${counts.published} published`, `${counts.unchanged} unchanged`];
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (counts.deferred > 0) parts.push(`${counts.deferred} deferred`);
  context.log(`Summary: ${[...parts, `${counts.failed} failed`].join(', ')} (of ${total})`);
  for (const outcome of outcomes)
    if (!outcome.ok && outcome.status !== 'skipped')
      context.log(`  ${outcome.repo}: ${outcome.status}: ${outcome.error}`);
  const skipped = outcomes.find((outcome) => !outcome.ok && outcome.status === 'skipped');
  if (skipped && !skipped.ok) context.log(`  ${counts.skipped} skipped: ${skipped.error}`);
  return { outcomes, failed: counts.failed, counts };
}
