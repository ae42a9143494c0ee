import type { Project } from '@joblist/config';
import {
  type Category,
  categoryMemberships,
  type ExchangeRates,
  goneUrls,
  plural,
  readLinkState,
  type SnapshotJob,
  selectAll,
} from '@joblist/core-model';
import { type CategoryHistory, categoryHistories } from './history.ts';
import type { SelectableJob, SelectableSnapshot } from './selectable-snapshot.ts';

/** What a build works from: the project, the picked categories (flags applied), the build time and each one's rows. */
export interface Selection {
  project: Project;
  categories: Category[];
  builtAt: Date;
  rows: Map<string, SnapshotJob[]>;
  /** The snapshot's exchange rates, if any. */
  rates: ExchangeRates | undefined;
  /** Each category's job history: its recently closed jobs and postings per day. */
  histories: Map<string, CategoryHistory>;
}

/** What to select: the categories (each one's `limit` and `windowDays` as the build should use them), the build time and the link-check results. */
export interface SelectionRequest {
  categories: Category[];
  /** The build time (default: the snapshot's `updatedAt`). */
  builtAt?: Date;
  /** The link-check state file; jobs whose page it found gone are left out (an absent file leaves out none). */
  linkState: string;
}

/**
 * Selects every requested category's rows in one pass, leaving out jobs whose page `check-links` found
 * gone, and each one's job history ({@link categoryHistories}); `validate` turns the picked jobs into validated ones (`validateShown` for a snapshot read from a
 * file; a just-fetched snapshot's jobs are validated already and pass through).
 */
export async function selectRows<J extends SelectableJob>(
  project: Project,
  snapshot: SelectableSnapshot<J>,
  request: SelectionRequest,
  validate: (rows: Map<string, J[]>) => Map<string, SnapshotJob[]>,
): Promise<Selection> {
  const { categories } = request;
  const builtAt = request.builtAt ?? new Date(snapshot.updatedAt);
  const gone = goneUrls(await readLinkState(request.linkState));
  const jobs = gone.size === 0 ? snapshot.jobs : snapshot.jobs.filter((job) => !gone.has(job.url));
  if (jobs.length < snapshot.jobs.length)
    console.log(
      `left out ${plural(snapshot.jobs.length - jobs.length, 'job')} whose page is gone (joblist check-links)`,
    );
  // Titles matched once, for the rows and for the histories' trend.
  const memberships = categoryMemberships(categories);
  const rows = validate(selectAll(jobs, categories, builtAt, memberships));
  const histories = categoryHistories(snapshot.jobs, snapshot.closed, categories, builtAt, memberships);
  return { project, categories, builtAt, rows, rates: snapshot.rates, histories };
}
