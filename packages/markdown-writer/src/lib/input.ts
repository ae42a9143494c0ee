import type { Category, ClosedJob, Site, SnapshotJob } from '@joblist/core-model';
import { computeStats, type JobStats } from '@joblist/stats';
import { defaultTemplate, type Template } from './template/load.ts';

/** Everything one category's README and archive are rendered from. */
export interface RenderInput {
  site: Site;
  category: Category;
  /** The site's categories in site order (for Related Job Repositories). */
  categories: readonly Category[];
  /** The rows to show, already selected and sorted (with their history, when the snapshot has one). */
  jobs: readonly SnapshotJob[];
  stats: JobStats;
  /** The build time: the "Last updated" line, the title's year and the archive date. */
  builtAt: Date;
  /** The README and archive template (`loadTemplate`), resolved before rendering. */
  template: Template;
  /** The category's jobs that closed within its window, most recently closed first. */
  closed?: readonly ClosedJob[];
  /** The category's postings per UTC day over the trend chart's span, oldest first, ending on the build day. */
  trend?: readonly number[];
}

/**
 * A {@link RenderInput} for `jobs` (the rows, already selected and sorted), with their stats computed and
 * the template resolved (the built-in `jobr-2025` when none is given).
 */
export function renderInput(
  rows: Omit<RenderInput, 'stats' | 'template'> & { template?: Template | undefined },
): RenderInput {
  return { ...rows, template: rows.template ?? defaultTemplate(), stats: computeStats(rows.jobs) };
}
