import { DEFAULT_README_BUDGET } from '@joblist/core-model';
import { archivePath, renderArchive } from './archive.ts';
import type { RenderInput } from './input.ts';
import { renderReadmePages } from './readme-pages.ts';
import { jobsTableMarkdown } from './table.ts';

/**
 * A category repository's Markdown files, path → content: `README.md` (with `jobs/page-N.md` overflow
 * pages past `readmeBudget` bytes) and `archive/<YYYY-MM-DD>.md`, all around one rendering of the table.
 */
export function renderFiles(
  input: RenderInput,
  readmeBudget = DEFAULT_README_BUDGET,
): Record<string, string> {
  const table = jobsTableMarkdown(input);
  return {
    ...renderReadmePages(input, readmeBudget, table),
    [archivePath(input.builtAt)]: renderArchive(input, table),
  };
}
