import { archivePath, renderArchive } from './archive.ts';
import type { RenderInput } from './input.ts';
import { renderReadme } from './readme.ts';
import { jobsTableMarkdown } from './table.ts';

/**
 * A category repository's files, path → content: `README.md` and `archive/<YYYY-MM-DD>.md`, both
 * around one rendering of the openings table.
 */
export function renderFiles(input: RenderInput): Record<string, string> {
  const table = jobsTableMarkdown(input);
  return {
    'README.md': renderReadme(input, table),
    [archivePath(input.builtAt)]: renderArchive(input, table),
  };
}
