import type { Category, Job, Site } from '@joblist/core-model';
import { archivePath, renderArchive, renderReadme } from '@joblist/markdown-writer';
import { computeStats } from '@joblist/stats';
import { selectJobs } from './select.ts';

/** The files of one category repository, path (relative to the repository) → content. */
export interface CategoryFiles {
  category: Category;
  rows: number;
  files: Record<string, string>;
}

/** Select → stats → render for one category: its README.md and archive file at `builtAt`. */
export function renderCategory(
  site: Site,
  categories: readonly Category[],
  category: Category,
  jobs: readonly Job[],
  builtAt: Date,
): CategoryFiles {
  return renderRows(site, categories, category, selectJobs(jobs, category, builtAt), builtAt);
}

/** Stats → render for one category whose rows are already selected. */
export function renderRows(
  site: Site,
  categories: readonly Category[],
  category: Category,
  rows: readonly Job[],
  builtAt: Date,
): CategoryFiles {
  const input = { site, category, categories, jobs: rows, stats: computeStats(rows), builtAt };
  return {
    category,
    rows: rows.length,
    files: { 'README.md': renderReadme(input), [archivePath(builtAt)]: renderArchive(input) },
  };
}
