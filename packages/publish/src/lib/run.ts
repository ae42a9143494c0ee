import { type Category, plural } from '@joblist/core-model';
import { mapSettled } from '@joblist/io';
import { type PublishContext, publishRepository, type RepoResult } from './publish-repo.ts';

/** One repository's outcome in a run: its result, or why it failed. */
export type RepoOutcome =
  | { repo: string; ok: true; result: RepoResult }
  | { repo: string; ok: false; error: string };

/** The outcome of publishing several repositories. */
export interface PublishSummary {
  outcomes: RepoOutcome[];
  failed: number;
}

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

/**
 * Publishes every category's repository, at most `concurrency` at once, logging a progress line per
 * repository (and a dry run's diff) and a summary line. A failing repository does not stop the others.
 */
export async function publishAll(
  categories: readonly Category[],
  context: PublishContext,
  concurrency: number,
): Promise<PublishSummary> {
  const total = categories.length;
  let done = 0;
  const settled = await mapSettled(categories, concurrency, async (category) => {
    context.log(`${category.repo}: ${context.dryRun ? 'comparing' : 'publishing'}`);
    try {
      const result = await publishRepository(category, context);
      done++;
      if (result.diff) context.log(`--- ${category.repo} (dry run) ---\n${result.diff.trimEnd()}`);
      context.log(`[${done}/${total}] ${category.repo}: ${describe(result, context.dryRun)}`);
      return result;
    } catch (error) {
      done++;
      context.log(`[${done}/${total}] ${category.repo}: FAILED: ${context.redact((error as Error).message)}`);
      throw error;
    }
  });
  const outcomes = settled.map((entry, index): RepoOutcome => {
    const repo = categories[index]?.repo ?? '';
    return entry.ok
      ? { repo, ok: true, result: entry.value }
      : { repo, ok: false, error: context.redact((entry.error as Error).message) };
  });
  const count = (status: RepoResult['status']) =>
    outcomes.filter((outcome) => outcome.ok && outcome.result.status === status).length;
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  const parts = context.dryRun
    ? [`${count('would-change')} would change`, `${count('unchanged')} unchanged`]
    : [`${count('published')} published`, `${count('unchanged')} unchanged`];
  context.log(`Summary: ${[...parts, `${failed} failed`].join(', ')} (of ${total})`);
  for (const outcome of outcomes) if (!outcome.ok) context.log(`  ${outcome.repo}: ${outcome.error}`);
  return { outcomes, failed };
}
