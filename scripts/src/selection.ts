import { type SelectionChoice, selectFromSnapshotFile } from '@joblist/build';
import { loadProject } from '@joblist/config';
import { DEFAULT_LINK_STATE, DEFAULT_SNAPSHOT } from '@joblist/core-model';
import {
  categoryArgs,
  type NumberRange,
  numberArg,
  parseNow,
  parseNumber,
  parseShard,
  timeArg,
} from './_utils/args.ts';
import { BUILD_ID } from './_utils/build-id.ts';
import { UsageError } from './_utils/usage-error.ts';

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

/** The values of {@link selectionArgs} (and `--shard`) as citty parses them; `--all` is the default anyway. */
export type SelectionOptions = Partial<Record<Exclude<keyof typeof selectionArgs, 'all'> | 'shard', string>>;

/** `--category <id>` or `--shard i/N` (not both: a {@link UsageError}), parsed. */
export function categoryChoice(options: SelectionOptions): Pick<SelectionChoice, 'category' | 'shard'> {
  if (options.category !== undefined && options.shard !== undefined)
    throw new UsageError('pass either --category <id> or --shard i/N, not both');
  return {
    category: options.category,
    shard: options.shard === undefined ? undefined : parseShard(options.shard),
  };
}

/** A bound flag's value: undefined when absent, else the number (0 = no bound). */
const bound = (value: string | undefined, flag: string) =>
  value === undefined ? undefined : parseNumber(value, flag, BOUND);

/** The options parsed into what build selects (see build's `selectionRequest`). */
export function selectionChoice(options: SelectionOptions): SelectionChoice {
  return {
    limit: bound(options.limit, '--limit'),
    windowDays: bound(options['window-days'], '--window-days'),
    ...categoryChoice(options),
    builtAt: options.now === undefined ? undefined : parseNow(options.now),
    links: options.links,
    snapshot: options.snapshot,
  };
}

/**
 * Loads the project and selects from the snapshot file the options name; the compiled CLI reuses its last
 * selection when nothing it depends on changed (see build's `selectFromFile`).
 */
export async function selectFromOptions(options: SelectionOptions) {
  const project = await loadProject(options.config);
  return selectFromSnapshotFile(project, selectionChoice(options), BUILD_ID);
}
