import type { Root } from 'mdast';
import { madeWithFooter } from './footer.ts';
import { isoDay } from './format.ts';
import type { RenderInput } from './input.ts';
import { brandLink } from './links.ts';
import { heading, link, markdown, paragraph, text, withBlankLinesBefore } from './nodes.ts';
import { relatedSection } from './related.ts';
import { toReferenceMarkdown } from './stringify.ts';
import { jobsTableMarkdown } from './table.ts';

/** The mdast tree of a category's daily archive file in the reference format, around the rendered `table`. */
export function archiveTree(input: RenderInput, table: string): Root {
  const { site, category, builtAt } = input;
  return {
    type: 'root',
    children: [
      heading(1, `${category.role} Jobs - ${isoDay(builtAt)}`),
      markdown(table),
      ...relatedSection(input),
      withBlankLinesBefore(
        paragraph({
          type: 'emphasis',
          children: [
            text('Archived from '),
            link(brandLink(site, category), text(site.brand.name)),
            text(` - ${site.brand.summary}`),
          ],
        }),
        3,
      ),
      // The reference writes the rule right under the line (which GitHub reads as a heading underline).
      withBlankLinesBefore({ type: 'thematicBreak' }, 0),
      madeWithFooter(input),
    ],
  };
}

/** Renders `archive/{YYYY-MM-DD}.md`; like the reference, it has no final newline. */
export function renderArchive(input: RenderInput, table = jobsTableMarkdown(input)): string {
  return toReferenceMarkdown(archiveTree(input, table), '*').replace(/\n$/u, '');
}

/** The archive file's path inside the category repository, e.g. `archive/2025-11-03.md`. */
export function archivePath(builtAt: Date): string {
  return `archive/${isoDay(builtAt)}.md`;
}
