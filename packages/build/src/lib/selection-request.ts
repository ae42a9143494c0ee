import { type Project, pickCategories } from '@joblist/config';
import { DEFAULT_LINK_STATE, DEFAULT_SNAPSHOT, type Shard } from '@joblist/core-model';
import { resolvePath } from '@joblist/io';
import type { SelectionRequest } from './selection.ts';
import { selectFromFile } from './selection-cache.ts';

/** What a build is asked to select (the values of `--category`, `--shard`, `--limit`, … already parsed). */
export interface SelectionChoice {
  /** Only this category (else every one of the site, or of the shard). */
  category?: string;
  /** Only the categories of this shard. */
  shard?: Shard;
  /** Most rows per category, 0 = no cap (default: each category's `limit`). */
  limit?: number;
  /** Days of jobs shown, 0 = no window (default: each category's `windowDays`). */
  windowDays?: number;
  /** The build time (default: the snapshot's `updatedAt`). */
  builtAt?: Date;
  /** The link-check state file, relative to the current folder (default: core-model's `DEFAULT_LINK_STATE` in the project). */
  links?: string;
  /** The snapshot file, relative to the current folder (default: core-model's `DEFAULT_SNAPSHOT` in the project). */
  snapshot?: string;
}

/** A bound as the categories take it: undefined when not chosen, `Infinity` for 0 (no bound), else the number. */
const bound = (value: number | undefined) =>
  value === undefined ? undefined : value || Number.POSITIVE_INFINITY;

/** What `choice` selects of `project`: its categories with the row cap and window applied, the build time and the link state. */
export function selectionRequest(project: Project, choice: SelectionChoice): SelectionRequest {
  const limit = bound(choice.limit);
  const windowDays = bound(choice.windowDays);
  const categories = pickCategories(project, choice.category, choice.shard).map((category) => ({
    ...category,
    limit: limit ?? category.limit,
    windowDays: windowDays ?? category.windowDays,
  }));
  return {
    categories,
    ...(choice.builtAt !== undefined && { builtAt: choice.builtAt }),
    linkState: resolvePath(choice.links, project.root, DEFAULT_LINK_STATE),
  };
}

/**
 * Selects what `choice` asks of the snapshot file it names; with a `version` (the compiled CLI's build id)
 * the selection is cached (see {@link selectFromFile}).
 */
export function selectFromSnapshotFile(project: Project, choice: SelectionChoice, version?: string) {
  const snapshotFile = resolvePath(choice.snapshot, project.root, DEFAULT_SNAPSHOT);
  return selectFromFile(project, snapshotFile, selectionRequest(project, choice), version);
}
