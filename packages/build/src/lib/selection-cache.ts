import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '@joblist/config';
import {
  type Category,
  ExchangeRatesSchema,
  IsoDateTimeSchema,
  SnapshotJobSchema,
} from '@joblist/core-model';
import { writeFileAtomic } from '@joblist/io';
import * as v from 'valibot';
import { CategoryHistorySchema } from './history.ts';
import { readSelectableSnapshot, validateShown } from './selectable-snapshot.ts';
import { type Selection, type SelectionRequest, selectRows } from './selection.ts';

/** Where a project keeps its last selection from a snapshot file: with the other tools' caches, never committed. */
export const selectionCacheFile = (root: string) => join(root, 'node_modules/.cache/joblist/selection.json');

/** The cache file: the key it was made for and the selection, every job validated again when read. */
const CachedSelectionSchema = v.object({
  key: v.string(),
  builtAt: IsoDateTimeSchema,
  rates: v.optional(ExchangeRatesSchema),
  rows: v.array(v.tuple([v.string(), v.array(SnapshotJobSchema)])),
  histories: v.array(v.tuple([v.string(), CategoryHistorySchema])),
});

/** Bytes hashed at a time: few reads for a snapshot of a hundred megabytes. */
const HASH_CHUNK_BYTES = 8 * 1024 * 1024;

/** SHA-256 of a file's bytes, read in chunks (a snapshot is never one string here); `absent` when there is none. */
async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: HASH_CHUNK_BYTES }))
      hash.update(chunk as Buffer);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  return hash.digest('hex');
}

/** JSON of the categories as selection sees them; a RegExp title pattern as its source and flags. */
const categoriesText = (categories: readonly Category[]) =>
  JSON.stringify(categories, (_key, value: unknown) =>
    value instanceof RegExp ? `/${value.source}/${value.flags}` : value,
  );

/**
 * What a selection depends on, as one hash: the code that selects (`version`), the snapshot's and the
 * link state's bytes, the categories (match rules, limit, window) and the requested build time.
 */
async function selectionKey(
  version: string,
  snapshotFile: string,
  request: SelectionRequest,
): Promise<string> {
  const [snapshot, links] = await Promise.all([fileHash(snapshotFile), fileHash(request.linkState)]);
  return createHash('sha256')
    .update(
      JSON.stringify([version, snapshot, links, categoriesText(request.categories), request.builtAt ?? null]),
    )
    .digest('hex');
}

/** The cached selection made for `key`, or undefined (none, another key, or a file that fails its schema). */
async function readCached(file: string, key: string, project: Project, request: SelectionRequest) {
  let cached: v.InferOutput<typeof CachedSelectionSchema>;
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    // The key first: a stale cache is not worth validating.
    if ((data as { key?: unknown } | null)?.key !== key) return undefined;
    cached = v.parse(CachedSelectionSchema, data);
  } catch {
    return undefined;
  }
  const selection: Selection = {
    project,
    categories: request.categories,
    builtAt: new Date(cached.builtAt),
    rows: new Map(cached.rows),
    rates: cached.rates,
    histories: new Map(cached.histories),
  };
  return selection;
}

/**
 * Selects from the snapshot file `snapshotFile` (see `selectRows`; every shown job validated). With a
 * `version` (the selecting code's build id), the selection is cached in the project: a run with the same
 * snapshot and link-state bytes, categories and build time reuses it without reading the snapshot (a
 * scheduled run with nothing new, a warm `pnpm build`), and says so on stdout. Without one (the code run
 * from its sources, which may have changed), nothing is cached.
 */
export async function selectFromFile(
  project: Project,
  snapshotFile: string,
  request: SelectionRequest,
  version?: string,
): Promise<Selection> {
  const file = selectionCacheFile(project.root);
  const key = version === undefined ? undefined : await selectionKey(version, snapshotFile, request);
  if (key !== undefined) {
    const cached = await readCached(file, key, project, request);
    if (cached) {
      console.log('selection reused: the snapshot, link state and categories are as in the last run');
      return cached;
    }
  }
  const snapshot = await readSelectableSnapshot(snapshotFile);
  const selection = await selectRows(project, snapshot, request, (rows) => validateShown(snapshot, rows));
  if (key !== undefined) {
    const cache = {
      key,
      builtAt: selection.builtAt.toISOString(),
      ...(selection.rates && { rates: selection.rates }),
      rows: [...selection.rows],
      histories: [...selection.histories],
    } satisfies v.InferInput<typeof CachedSelectionSchema>;
    // A cache that cannot be written (read-only checkout) only costs the next run a full selection.
    await writeFileAtomic(file, JSON.stringify(cache)).catch(() => undefined);
  }
  return selection;
}
