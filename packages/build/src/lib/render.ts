import {
  type Category,
  type ExchangeRates,
  hasReaderFiles,
  type Job,
  SAMPLE_SOURCE,
  type Site,
  type SnapshotJob,
  selectJobs,
  usesSampleSource,
} from '@joblist/core-model';
import { defaultTemplate, type RenderInput, renderFiles, type Template } from '@joblist/markdown-writer';
import { READER_FILE_OUTPUTS } from '@joblist/outputs';
import { computeStats, type SalaryBasis } from '@joblist/stats';
import type { CategoryHistory } from './history.ts';

/** One output of a category repository: the files (path → content) it renders from the category's rows. */
export type CategoryOutput = (input: RenderInput) => Record<string, string>;

/** The README (with overflow pages past the category's `readmeBudget`) and the day's archive file, around one table. */
export const markdownOutput: CategoryOutput = (input) => renderFiles(input, input.category.readmeBudget);

/**
 * Every file a category repository gets, in one list: the README (with its overflow pages), the
 * day's archive file, and the reader outputs (jobs.json, feeds, index.html), one file each. A new output is
 * one entry here; publish takes its file set from the build manifest and needs no change.
 */
export const CATEGORY_OUTPUTS: readonly CategoryOutput[] = [markdownOutput, ...READER_FILE_OUTPUTS];

/** The outputs of a category: {@link CATEGORY_OUTPUTS}, or only the README and archive when its `readerFiles` (else the site's) is off. */
export function categoryOutputs(site: Site, category: Category): readonly CategoryOutput[] {
  return hasReaderFiles(site, category) ? CATEGORY_OUTPUTS : [markdownOutput];
}

/** What is known of a category's build before its files are rendered. */
export interface CategorySummary {
  category: Category;
  /** Jobs selected (all pages). */
  rows: number;
  /** The selected jobs' ids in row order. */
  jobIds: string[];
  /** Whether the site lists the synthetic `sample` source or any row came from it. */
  sample: boolean;
  /** Which currency the README's `Avg salary` is in; `undefined` when no row has a salary. */
  salaryBasis: SalaryBasis | undefined;
}

/** The files of one category repository, path (relative to the repository) → content. */
export interface CategoryFiles extends CategorySummary {
  files: Record<string, string>;
}

/** A category's build rendered output by output as `outputs` is iterated (each output's files, path → content). */
export interface CategoryRender extends CategorySummary {
  outputs: Iterable<Record<string, string>>;
}

/** What {@link renderCategory} may be given besides the jobs. */
export interface RenderOptions {
  /** The snapshot's exchange rates: the average salary is converted into the site's `salary.currency`. */
  rates?: ExchangeRates | undefined;
  /** The outputs to render (by default those the configs ask for, see {@link categoryOutputs}). */
  outputs?: readonly CategoryOutput[];
  /** The README and archive template (the default `jobr-2025` when absent). */
  template?: Template | undefined;
  /** The category's job history: its recently closed jobs and postings per day (see `categoryHistories`). */
  history?: CategoryHistory | undefined;
  /** The text of the site's license file, published as `LICENSE` (see the site's `license`). */
  license?: string | undefined;
}

/** Select → stats → render every output for one category at `builtAt`. */
export function renderCategory(
  site: Site,
  categories: readonly Category[],
  category: Category,
  jobs: readonly Job[],
  builtAt: Date,
  options: RenderOptions = {},
): CategoryFiles {
  return renderRows(site, categories, category, selectJobs(jobs, category, builtAt), builtAt, options);
}

/** Stats → render every output for one category whose rows are already selected. */
export function renderRows(
  site: Site,
  categories: readonly Category[],
  category: Category,
  rows: readonly SnapshotJob[],
  builtAt: Date,
  options: RenderOptions = {},
): CategoryFiles {
  const { outputs, ...summary } = renderRowsLazily(site, categories, category, rows, builtAt, options);
  const files: Record<string, string> = {};
  for (const output of outputs) Object.assign(files, output);
  return { ...summary, files };
}

/**
 * Stats for one category whose rows are already selected, and its outputs rendered one at a time as they are
 * iterated (the license file last), so a build need not hold every file of a category at once.
 */
export function renderRowsLazily(
  site: Site,
  categories: readonly Category[],
  category: Category,
  rows: readonly SnapshotJob[],
  builtAt: Date,
  { rates, outputs = categoryOutputs(site, category), template, history, license }: RenderOptions = {},
): CategoryRender {
  const stats = computeStats(rows, { currency: site.salary.currency, rates });
  const input = {
    site,
    category,
    categories,
    jobs: rows,
    stats,
    builtAt,
    template: template ?? defaultTemplate(),
    ...(history && { closed: history.closed, trend: history.trend }),
  };
  function* rendered(): Generator<Record<string, string>> {
    for (const output of outputs) yield output(input);
    if (license !== undefined) yield { LICENSE: license };
  }
  return {
    category,
    rows: rows.length,
    jobIds: rows.map((job) => job.id),
    // The site's sources, not only its rows: a sample site whose jobs all fell out of the window still
    // publishes made-up (empty) lists.
    sample: usesSampleSource(site.sources) || rows.some((job) => job.source === SAMPLE_SOURCE),
    salaryBasis: stats.salaryBasis,
    outputs: rendered(),
  };
}
