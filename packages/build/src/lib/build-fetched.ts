import type { Project } from '@joblist/config';
import { DEFAULT_SNAPSHOT, type Snapshot } from '@joblist/core-model';
import { selectRows } from './selection.ts';
import { type SelectionChoice, selectionRequest } from './selection-request.ts';
import { type BuiltCategory, renderSelection, writeCategories } from './write-categories.ts';

/**
 * Builds what `choice` picks from the snapshot a fetch has just written (its jobs validated already), from
 * memory instead of reading the file back (`choice.snapshot` only names it in messages): every file
 * rendered with `template` and written under `out` (see {@link writeCategories}); nothing without a snapshot.
 */
export async function buildFetched(
  project: Project,
  snapshot: Snapshot | undefined,
  choice: SelectionChoice,
  { template, out }: { template?: string; out?: string },
): Promise<BuiltCategory[]> {
  if (!snapshot) return [];
  const { updatedAt, rates, jobs, closed = [] } = snapshot;
  const fetched = { shown: choice.snapshot ?? DEFAULT_SNAPSHOT, updatedAt, rates, jobs, closed };
  const selection = await selectRows(project, fetched, selectionRequest(project, choice), (rows) => rows);
  return writeCategories(await renderSelection(selection, template), out);
}
