import type { Category, SnapshotJob } from '@joblist/core-model';
import { categoryArgs, parseNow, resolvePath } from '../_utils/args.ts';
import { parseBoundFlag } from '../_utils/count-flag.ts';
import { loadProject, type Project, pickCategories } from '../config/load.ts';
import { readSelectableSnapshot, validateShown } from '../config/selectable-snapshot.ts';
import { selectAll } from './select.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';

/** The options that pick what a build shows: categories, snapshot, build time, row cap and window. */
export const selectionArgs = {
  ...categoryArgs,
  snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
  now: { type: 'string', description: "Build time, ISO 8601 (default: the snapshot's updatedAt)" },
  limit: {
    type: 'string',
    description: "Most rows per category, 0 = no cap (default: the category's limit)",
  },
  'window-days': {
    type: 'string',
    description: "Days of jobs shown, 0 = no window (default: the category's windowDays)",
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
}

/** What a build works from: the project, the picked categories (flags applied), the build time and each one's rows. */
export interface Selection {
  project: Project;
  categories: Category[];
  builtAt: Date;
  rows: Map<string, SnapshotJob[]>;
}

/** Loads the project and the snapshot, selects every picked category's rows in one pass and validates them. */
export async function selectFromOptions(options: SelectionOptions): Promise<Selection> {
  const project = await loadProject(options.config);
  const limit = parseBoundFlag('limit', options.limit);
  const windowDays = parseBoundFlag('window-days', options['window-days']);
  const categories = pickCategories(project, options.category).map((category) => ({
    ...category,
    limit: limit ?? category.limit,
    windowDays: windowDays ?? category.windowDays,
  }));
  const snapshot = await readSelectableSnapshot(
    resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT),
  );
  const builtAt = parseNow(options.now ?? snapshot.updatedAt);
  const rows = validateShown(snapshot, selectAll(snapshot.jobs, categories, builtAt));
  return { project, categories, builtAt, rows };
}
