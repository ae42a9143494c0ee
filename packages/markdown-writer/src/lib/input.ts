import type { Category, Job, Site } from '@joblist/core-model';
import { computeStats, type JobStats } from '@joblist/stats';
import { defaultTemplate, type Template } from './template/load.ts';

/** Everything one category's README and archive are rendered from. */
export interface RenderInput {
  site: Site;
  category: Category;
  /** The site's categories in site order (for Related Job Repositories). */
  categories: readonly Category[];
  /** The rows to show, already selected and sorted. */
  jobs: readonly Job[];
  stats: JobStats;
  /** The build time: the "Last updated" line, the title's year and the archive date. */
  builtAt: Date;
  /** The README and archive template (`loadTemplate`), resolved before rendering. */
  template: Template;
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
