import { formatCount } from '@joblist/core-model';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { RenderInput } from './input.ts';
import { heading, link, markdown, paragraph, text } from './nodes.ts';
import { renderReadme } from './readme.ts';
import { toReferenceMarkdown } from './stringify.ts';
import { jobsTableMarkdown } from './table.ts';

/** The README's file name; the overflow pages sit in `jobs/`. */
export const README_FILE = 'README.md';

/** The path of overflow page `page` (2, 3, …) inside the category repository. */
export function readmePagePath(page: number): string {
  return `jobs/page-${page}.md`;
}

const bytes = (value: string) => Buffer.byteLength(value, 'utf8');

/** The openings table rendered once: its header and rule lines, and one line per job row. */
interface TableLines {
  head: string;
  rows: string[];
}

/** Splits a rendered openings table into its head (header and rule lines) and its row lines. */
function tableLines(table: string): TableLines {
  const lines = table.split('\n');
  return { head: `${lines[0]}\n${lines[1]}`, rows: lines.slice(2) };
}

/**
 * Puts already rendered rows into a document rendered with an empty openings table: a row's line
 * does not depend on the rows around it, so each job is rendered once however the rows are split.
 */
function withRows(document: string, table: TableLines, rows: readonly string[]): string {
  if (rows.length === 0) return document;
  const at = document.indexOf(table.head) + table.head.length;
  return `${document.slice(0, at)}\n${rows.join('\n')}${document.slice(at)}`;
}

/** Splits rows into pages of at most `capacity` bytes each (at least one row per page). */
function chunkRows(sizes: readonly number[], start: number, capacity: number): number[] {
  const ends: number[] = [];
  let used = 0;
  for (let index = start; index < sizes.length; index++) {
    const size = sizes[index] ?? 0;
    if (used > 0 && used + size > capacity) {
      ends.push(index);
      used = 0;
    }
    used += size;
  }
  if (start < sizes.length) ends.push(sizes.length);
  return ends;
}

/** The README's line under the table: how many jobs the other pages hold, and a link to each. */
function overflowNote(jobs: number, pages: number): Paragraph {
  const links: PhrasingContent[] = [];
  for (let page = 2; page <= pages + 1; page++) {
    if (links.length > 0) links.push(text(', '));
    links.push(link(readmePagePath(page), text(`page ${page}`)));
  }
  return paragraph({
    type: 'emphasis',
    children: [text(`${formatCount(jobs)} more jobs on `), ...links, text('.')],
  });
}

/** The README with an empty table and, under it, the overflow note for `shown` rows kept and `pages` pages. */
function readmeFrame(input: RenderInput, table: TableLines, shown: number, pages: number): string {
  const note = toReferenceMarkdown(
    { type: 'root', children: [overflowNote(input.jobs.length - shown, pages)] },
    '_',
  );
  return renderReadme(input, `${table.head}\n\n${note.trimEnd()}`);
}

interface PageSpan {
  page: number;
  pages: number;
  from: number;
  to: number;
}

/** An overflow page with an empty table: title, position and navigation. */
function pageFrame(input: RenderInput, table: TableLines, span: PageSpan): string {
  const { category, builtAt } = input;
  const back = span.page === 2 ? '../README.md' : `page-${span.page - 1}.md`;
  const nav: PhrasingContent[] = [
    text(`Jobs ${formatCount(span.from + 1)}–${formatCount(span.to)} of ${formatCount(input.jobs.length)}. `),
    link('../README.md', text('README')),
    text(' · '),
    link(back, text('previous page')),
  ];
  if (span.page <= span.pages) nav.push(text(' · '), link(`page-${span.page + 1}.md`, text('next page')));
  const tree: Root = {
    type: 'root',
    children: [
      heading(1, `${category.role} Jobs ${builtAt.getUTCFullYear()}: page ${span.page}`),
      paragraph(...nav),
      markdown(table.head),
    ],
  };
  return toReferenceMarkdown(tree, '_');
}

/**
 * The README and, when it would exceed `budget` bytes, its overflow pages (`jobs/page-2.md`, …): the
 * README keeps as many rows as fit and says how many jobs the other pages hold; every page stays
 * within the budget too (unless one row alone exceeds it). No row is dropped: the pages' rows follow
 * the README's in order. Under the budget the README is exactly {@link renderReadme}'s.
 */
export function renderReadmePages(
  input: RenderInput,
  budget: number,
  table = jobsTableMarkdown(input),
): Record<string, string> {
  const lines = tableLines(table);
  const sizes = lines.rows.map((row) => bytes(row) + 1);
  const total = input.jobs.length;
  const frameless = bytes(renderReadme(input, lines.head));
  if (frameless + sizes.reduce((sum, size) => sum + size, 0) <= budget) {
    return { [README_FILE]: renderReadme(input, table) };
  }
  // The page frame at its largest (the longest numbers, both links), so every page fits.
  const frame = bytes(pageFrame(input, lines, { page: total + 1, pages: total + 1, from: total, to: total }));
  let pages = 1;
  // The note's length depends on the page count and the page count on the note: settles in a few rounds.
  for (let round = 0; round < 20; round++) {
    const readme = readmeFrame(input, lines, 0, pages);
    const room = budget - bytes(readme);
    let shown = 0;
    for (let used = 0; shown < total && used + (sizes[shown] ?? 0) <= room; shown++)
      used += sizes[shown] ?? 0;
    const ends = chunkRows(sizes, shown, budget - frame);
    if (ends.length === pages) {
      const files: Record<string, string> = {
        [README_FILE]: withRows(readmeFrame(input, lines, shown, pages), lines, lines.rows.slice(0, shown)),
      };
      let from = shown;
      ends.forEach((to, index) => {
        const span = { page: index + 2, pages, from, to };
        files[readmePagePath(span.page)] = withRows(
          pageFrame(input, lines, span),
          lines,
          lines.rows.slice(from, to),
        );
        from = to;
      });
      return files;
    }
    pages = ends.length;
  }
  throw new Error(`${input.category.id}: README pages did not settle within the budget of ${budget} bytes`);
}
