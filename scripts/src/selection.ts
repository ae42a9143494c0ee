import {
  DEFAULT_LINK_STATE,
  type SelectableJob,
  type SelectableSnapshot,
  type Selection,
  type SelectionRequest,
  selectFromFile,
  selectRows,
} from '@joblist/build';
import { loadProject, type Project, pickCategories } from '@joblist/config';
import { type Category, inShard, type SnapshotJob } from '@joblist/core-model';
import {
  categoryArgs,
  type NumberRange,
  numberArg,
  parseNow,
  parseNumber,
  parseShard,
  resolvePath,
  timeArg,
} from './_utils/args.ts';
import { BUILD_ID } from './_utils/build-id.ts';
import { UsageError } from './_utils/usage-error.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';

/** `--limit` and `--window-days`: whole numbers, 0 = no bound. */
const BOUND: NumberRange = { min: 0 };

/** The options that pick what a build shows: categories, snapshot, build time, row cap and window. */
export const selectionArgs = {
  ...categoryArgs,
  snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
  now: timeArg("Build time, ISO 8601 (default: the snapshot's updatedAt)"),
  limit: numberArg("Most rows per category, 0 = no cap (default: the category's limit)", BOUND),
  'window-days': numberArg("Days of jobs shown, 0 = no window (default: the category's windowDays)", BOUND),
  links: {
    type: 'string',
    description: `Link-check results; jobs whose page is gone are left out (default: ${DEFAULT_LINK_STATE})`,
  },
  template: {
    type: 'string',
    description:
      "README and archive template: jobr-2025, jobr-2026, joblist or a folder (default: the config's, else jobr-2025)",
  },
} as const;

/** The values of {@link selectionArgs} as citty parses them. */
export interface SelectionOptions {
  config?: string;
  category?: string;
  shard?: string;
  snapshot?: string;
  now?: string;
  limit?: string;
  'window-days'?: string;
  links?: string;
  template?: string;
}

/** The categories `--category <id>` or `--shard i/N` picks (not both), else every category of the site. */
export function pickSelected(project: Project, options: { category?: string; shard?: string }): Category[] {
  if (options.category !== undefined && options.shard !== undefined)
    throw new UsageError('pass either --category <id> or --shard i/N, not both');
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  return inShard(pickCategories(project, options.category), shard);
}

/** A bound flag's value: undefined when absent, `Infinity` for 0 (no bound), else the number. */
function bound(value: string | undefined, flag: string): number | undefined {
  return value === undefined ? undefined : parseNumber(value, flag, BOUND) || Number.POSITIVE_INFINITY;
}

/**
 * Loads the project and selects from the snapshot file the options name; the compiled CLI reuses its last
 * selection when nothing it depends on changed (see build's `selectFromFile`).
 */
export async function selectFromOptions(options: SelectionOptions): Promise<Selection> {
  const project = await loadProject(options.config);
  const snapshotFile = resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT);
  return selectFromFile(project, snapshotFile, selectionRequest(project, options), BUILD_ID);
}

/**
 * Selects from a snapshot already in memory with the options' categories, row cap, window, build time
 * and link-check results (`options.config` and `options.snapshot` are not read); `validate` as in build's `selectRows`.
 */
export function selectFromSnapshot<J extends SelectableJob>(
  project: Project,
  snapshot: SelectableSnapshot<J>,
  options: SelectionOptions,
  validate: (rows: Map<string, J[]>) => Map<string, SnapshotJob[]>,
): Promise<Selection> {
  return selectRows(project, snapshot, selectionRequest(project, options), validate);
}

/** What the options select: their categories with the row cap and window applied, the build time and the link state. */
function selectionRequest(project: Project, options: SelectionOptions): SelectionRequest {
  const limit = bound(options.limit, '--limit');
  const windowDays = bound(options['window-days'], '--window-days');
  const categories = pickSelected(project, options).map((category) => ({
    ...category,
    limit: limit ?? category.limit,
    windowDays: windowDays ?? category.windowDays,
  }));
  return {
    categories,
    ...(options.now !== undefined && { builtAt: parseNow(options.now) }),
    linkState: resolvePath(options.links, project.root, DEFAULT_LINK_STATE),
  };
}
