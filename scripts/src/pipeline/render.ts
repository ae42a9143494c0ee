import type { Category, ExchangeRates, Job, Site } from '@joblist/core-model';
import { renderFiles } from '@joblist/markdown-writer';
import { computeStats, type SalaryBasis } from '@joblist/stats';
import { selectJobs } from './select.ts';

/** The files of one category repository, path (relative to the repository) → content. */
export interface CategoryFiles {
  category: Category;
  rows: number;
  /** Which currency the README's `Avg salary` is in; `undefined` when no row has a salary. */
  salaryBasis: SalaryBasis | undefined;
  files: Record<string, string>;
}

/**
 * Select → stats → render for one category: its README.md and archive file at `builtAt`. The average
 * salary is in the site's `salary.currency`, converted with `rates` (the snapshot's) when given.
 */
export function renderCategory(
  site: Site,
  categories: readonly Category[],
  category: Category,
  jobs: readonly Job[],
  builtAt: Date,
  rates?: ExchangeRates,
): CategoryFiles {
  const rows = selectJobs(jobs, category, builtAt);
  const stats = computeStats(rows, { currency: site.salary.currency, rates });
  const input = { site, category, categories, jobs: rows, stats, builtAt };
  return {
    category,
    rows: rows.length,
    salaryBasis: stats.salaryBasis,
    files: renderFiles(input),
  };
}
