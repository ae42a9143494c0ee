import { isoDay } from './format.ts';
import type { RenderInput } from './input.ts';
import { jobsTableMarkdown } from './table.ts';
import { renderTemplate } from './template/render.ts';
import { slotValues } from './template/values.ts';

/** Renders `archive/{YYYY-MM-DD}.md` from the category's template (the 2025 format has no final newline). */
export function renderArchive(input: RenderInput, table = jobsTableMarkdown(input)): string {
  return renderTemplate(input.template.archive, slotValues(input, table));
}

/** The archive file's path inside the category repository, e.g. `archive/2025-11-03.md`. */
export function archivePath(builtAt: Date): string {
  return `archive/${isoDay(builtAt)}.md`;
}
