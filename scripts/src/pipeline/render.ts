import type { Category, Job, Site } from '@joblist/core-model';
import { archivePath, type RenderInput, renderArchive, renderReadmePages } from '@joblist/markdown-writer';
import { renderReaderFiles } from '@joblist/outputs';
import { computeStats } from '@joblist/stats';
import { selectJobs } from './select.ts';

/** One output of a category repository: the files (path → content) it renders from the category's rows. */
export type CategoryOutput = (input: RenderInput) => Record<string, string>;

/** The README, with overflow pages past the category's `readmeBudget`. */
export const readmeOutput: CategoryOutput = (input) => renderReadmePages(input, input.category.readmeBudget);

/** The day's archive file. */
export const archiveOutput: CategoryOutput = (input) => ({
  [archivePath(input.builtAt)]: renderArchive(input),
});

/**
 * Every file a category repository gets, in one list: the README (with its overflow pages), the
 * day's archive file, and the reader outputs (jobs.json, feeds, index.html). A new output is one
 * entry here; publish takes its file set from the build manifest and needs no change.
 */
export const CATEGORY_OUTPUTS: readonly CategoryOutput[] = [readmeOutput, archiveOutput, renderReaderFiles];

/** The files of one category repository, path (relative to the repository) → content. */
export interface CategoryFiles {
  category: Category;
  /** Jobs selected (all pages). */
  rows: number;
  /** The selected jobs' ids in row order. */
  jobIds: string[];
  files: Record<string, string>;
}

/** Select → stats → render every output for one category at `builtAt`. */
export function renderCategory(
  site: Site,
  categories: readonly Category[],
  category: Category,
  jobs: readonly Job[],
  builtAt: Date,
  outputs: readonly CategoryOutput[] = CATEGORY_OUTPUTS,
): CategoryFiles {
  const rows = selectJobs(jobs, category, builtAt);
  const input = { site, category, categories, jobs: rows, stats: computeStats(rows), builtAt };
  const files: Record<string, string> = {};
  for (const output of outputs) Object.assign(files, output(input));
  return { category, rows: rows.length, jobIds: rows.map((job) => job.id), files };
}
