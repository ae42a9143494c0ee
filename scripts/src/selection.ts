import {
  DEFAULT_LINK_STATE,
  goneUrls,
  readLinkState,
  readSelectableSnapshot,
  type SelectableSnapshot,
  validateShown,
} from '@joblist/build';
import { loadProject, type Project, pickCategories } from '@joblist/config';
import type { Category, ExchangeRates, SnapshotJob } from '@joblist/core-model';
import { selectAll } from '@joblist/core-model';
import { categoryArgs, parseNow, resolvePath, timeArg } from './_utils/args.ts';
import { checkBoundFlag, parseBoundFlag } from './_utils/count-flag.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';

/** The options that pick what a build shows: categories, snapshot, build time, row cap and window. */
export const selectionArgs = {
  ...categoryArgs,
  snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
  now: timeArg("Build time, ISO 8601 (default: the snapshot's updatedAt)"),
  limit: {
    type: 'string',
    description: "Most rows per category, 0 = no cap (default: the category's limit)",
    check: checkBoundFlag,
  },
  'window-days': {
    type: 'string',
    description: "Days of jobs shown, 0 = no window (default: the category's windowDays)",
    check: checkBoundFlag,
  },
  links: {
    type: 'string',
    description: `Link-check results; jobs whose page is gone are left out (default: ${DEFAULT_LINK_STATE})`,
  },
  template: {
    type: 'string',
    description:
      "README and archive template: jobr-2025, jobr-2026 or a folder (default: the config's, else jobr-2025)",
  },
} as const;

/** The values of {@link selectionArgs} as citty parses them. */
export interface SelectionOptions {
  config?: string;
  category?: string;
  snapshot?: string;
  now?: string;
  limit?: string;
  'window-days'?: string;
  links?: string;
  template?: string;
}

/** What a build works from: the project, the picked categories (flags applied), the build time and each one's rows. */
export interface Selection {
  project: Project;
  categories: Category[];
  builtAt: Date;
  rows: Map<string, SnapshotJob[]>;
  /** The snapshot's exchange rates, if any. */
  rates: ExchangeRates | undefined;
}

/**
 * Loads the project and the snapshot, leaves out jobs whose page `check-links` found gone, selects every
 * picked category's rows in one pass and validates them.
 */
export async function selectFromOptions(options: SelectionOptions): Promise<Selection> {
  const project = await loadProject(options.config);
  const snapshot = await readSelectableSnapshot(
    resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT),
  );
  return selectFromSnapshot(project, snapshot, options, validateShown);
}

/**
 * Selects from a snapshot already in memory (`options.config` and `options.snapshot` are not read):
 * `validate` checks the jobs each category shows ({@link validateShown} for a snapshot read from a file;
 * `joblist update` passes its just-fetched, already validated snapshot through unchanged).
 */
export async function selectFromSnapshot(
  project: Project,
  snapshot: SelectableSnapshot,
  options: SelectionOptions,
  validate: (snapshot: SelectableSnapshot, rows: Map<string, SnapshotJob[]>) => Map<string, SnapshotJob[]>,
): Promise<Selection> {
  const limit = parseBoundFlag('limit', options.limit);
  const windowDays = parseBoundFlag('window-days', options['window-days']);
  const categories = pickCategories(project, options.category).map((category) => ({
    ...category,
    limit: limit ?? category.limit,
    windowDays: windowDays ?? category.windowDays,
  }));
  const builtAt = options.now === undefined ? new Date(snapshot.updatedAt) : parseNow(options.now);
  const gone = goneUrls(await readLinkState(resolvePath(options.links, project.root, DEFAULT_LINK_STATE)));
  const jobs = gone.size === 0 ? snapshot.jobs : snapshot.jobs.filter((job) => !gone.has(job.url));
  if (jobs.length < snapshot.jobs.length)
    console.log(
      `left out ${snapshot.jobs.length - jobs.length} job(s) whose page is gone (joblist check-links)`,
    );
  const rows = validate(snapshot, selectAll(jobs, categories, builtAt));
  return { project, categories, builtAt, rows, rates: snapshot.rates };
}
