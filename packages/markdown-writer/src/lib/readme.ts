import type { RenderInput } from './input.ts';
import { jobsTableMarkdown } from './table.ts';
import { renderTemplate } from './template/render.ts';
import { slotValues } from './template/values.ts';

/**
 * Renders a category README (`README.md`) from its template (`input.template`); `table` is the rendered openings table (past the size budget, with the note on the
 * overflow pages under it).
 */
export function renderReadme(input: RenderInput, table = jobsTableMarkdown(input)): string {
  return renderTemplate(input.template.readme, slotValues(input, table));
}
