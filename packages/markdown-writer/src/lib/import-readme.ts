import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Category, JobInput, Site, Workplace } from '@joblist/core-model';
import { UNKNOWN_COMPANY } from '@joblist/stats';
import type { Nodes, PhrasingContent, Root, TableCell } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { dropLinkBreaks, LINK_BREAK, WORD_JOINER } from './escape-cell.ts';
import { monthIndex, parseUpdated } from './format.ts';
import { stripUtm, utmFor } from './links.ts';
import { markdownParser } from './parser.ts';
import { firstTable } from './rows.ts';
import { readLastUpdated } from './stamp.ts';
import { WORKPLACE_LABELS } from './table.ts';
import { DEFAULT_TEMPLATE, loadTemplate, type Template } from './template/load.ts';

/** Jobs read back from a job-list README or archive file, with the time it was published. */
export interface ImportedReadme {
  /** The "Last updated" time (README) or the archive day at 00:00 UTC. */
  publishedAt: Date;
  jobs: JobInput[];
}

/** An archive file's title ends in its day: `… Jobs - 2025-11-03` (2025), `… Jobs — 2026-07-01` (2026). */
const ARCHIVE_TITLE = /(\d{4})-(\d{2})-(\d{2})$/u;
/** The 2026 format's titles: `Backend Developer Jobs — 2026` (README), `… — 2026-07-01` (archive). */
const TITLE_2026 = / Jobs \u2014 \d{4}(?:-\d{2}-\d{2})?$/u;
const MONTH_DAY = /^([A-Z][a-z]{2}) (\d{2})$/u;

/** A node's text as the writer meant it: without the word joiners it puts in to break autolinks. */
const nodeText = (node: Nodes) => dropLinkBreaks(mdastText(node));

const WORKPLACE_BY_LABEL = new Map(
  Object.entries(WORKPLACE_LABELS).map(([workplace, label]) => [label, workplace as Workplace]),
);

/** Finds the publication time: the "Last updated" line, else the archive heading's date. */
function publishedAt(tree: Root, file: string): Date {
  for (const node of tree.children) {
    const value = nodeText(node);
    const stamp = readLastUpdated(value);
    const updated = stamp === undefined ? undefined : parseUpdated(stamp);
    if (updated) return updated;
    const archive = node.type === 'heading' && node.depth === 1 ? ARCHIVE_TITLE.exec(value) : null;
    if (archive) return new Date(`${archive[1]}-${archive[2]}-${archive[3]}T00:00:00Z`);
  }
  throw new Error(
    `${file}: no "Last updated: Mon DD, YYYY at HH:MM UTC" line and no archive title with a date`,
  );
}

/**
 * The year that puts `Mon DD` nearest to `reference` (a `Dec 31` row in a `Jan 02, 2026` README is 2025).
 * Returns midnight UTC of that day.
 */
export function inferDate(month: number, day: number, reference: Date): Date {
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month, day)));
  const distance = (date: Date) => Math.abs(date.getTime() - reference.getTime());
  return candidates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
}

/** A backslash escape (`\*`) as the source writes it. */
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/gu;

/**
 * The text of a cell's label. Plain text as parsed; but where the parser found markup (the reference
 * system left `*`, `_` and `~` of titles unescaped, so `… *HYBRID*` reads as emphasis), the label's source
 * text with its backslash escapes undone: the words as the system meant them, stars included.
 */
function labelText(children: readonly PhrasingContent[], source: string): string {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (children.every((node) => node.type === 'text') || first === undefined || last === undefined)
    return children.map((node) => nodeText(node)).join('');
  return dropLinkBreaks(
    source.slice(first, last).replace(BACKSLASH_ESCAPE, '$1').replaceAll(LINK_BREAK, WORD_JOINER),
  );
}

/** Reads the `**[text](url)**` (or, with no URL, `**text**`) of a cell, or throws naming the row and column. */
function boldCell(
  cell: TableCell | undefined,
  where: string,
  source: string,
): { text: string; url?: string } {
  const strong = cell?.children.length === 1 ? cell.children[0] : undefined;
  const inner = strong?.type === 'strong' && strong.children.length === 1 ? strong.children[0] : undefined;
  if (inner?.type === 'link') return { text: labelText(inner.children, source), url: inner.url };
  if (strong?.type === 'strong' && !strong.children.some((node) => node.type === 'link'))
    return { text: labelText(strong.children, source) };
  throw new Error(`${where}: expected **[text](url)** or **text**, found "${cell ? nodeText(cell) : ''}"`);
}

/** The format a README or archive file was written in: the 2026 titles (`Jobs — 2026`), else the 2025 format. */
function detectTemplate(tree: Root): Template {
  const title = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const name = title && TITLE_2026.test(nodeText(title)) ? 'jobr-2026' : DEFAULT_TEMPLATE;
  return loadTemplate(name, '.');
}

/**
 * Reads a job-list README (or archive file) of the reference format back into jobs, for migration:
 * cells unescaped by the Markdown parser, the category's UTM parameters stripped from job links, each
 * date's year inferred from the publication time, explicit membership of `category`, table order kept.
 * The format is the `template`'s (its `emptyLocation`, such as the 2026 format's `N/A`, reads as no
 * location), else detected from the title.
 */
export function importReadme(
  markdown: string,
  site: Site,
  category: Category,
  file = 'README.md',
  template?: Template,
): ImportedReadme {
  const tree = markdownParser.parse(markdown);
  const { emptyLocation } = (template ?? detectTemplate(tree)).options;
  const published = publishedAt(tree, file);
  const table = firstTable(tree);
  if (!table) throw new Error(`${file}: no table of openings`);
  const utm = utmFor(site, category);
  const jobs = table.children.slice(1).map((row, index): JobInput => {
    const where = `${file}: row ${index + 1}`;
    const [companyCell, titleCell, locationCell, typeCell, dateCell] = row.children;
    const company = boldCell(companyCell, `${where}, Company`, markdown);
    const title = boldCell(titleCell, `${where}, Position`, markdown);
    if (title.url === undefined) throw new Error(`${where}, Position: expected **[title](url)**`);
    const type = typeCell ? nodeText(typeCell) : '';
    const workplace = WORKPLACE_BY_LABEL.get(type);
    if (!workplace) throw new Error(`${where}, Type: expected Remote, On Site or Hybrid, found "${type}"`);
    const date = MONTH_DAY.exec(dateCell ? nodeText(dateCell) : '');
    const month = date ? monthIndex(date[1] ?? '') : -1;
    if (!date || month < 0)
      throw new Error(`${where}, Date: expected "Mon DD", found "${dateCell ? nodeText(dateCell) : ''}"`);
    const url = stripUtm(title.url, utm);
    const location = locationCell ? nodeText(locationCell) : '';
    return {
      id: url,
      title: title.text,
      company: {
        name: company.text === UNKNOWN_COMPANY ? '' : company.text,
        ...(company.url ? { url: company.url } : {}),
      },
      url,
      location: location === emptyLocation ? '' : location,
      workplace,
      postedAt: inferDate(month, Number(date[2]), published).toISOString(),
      categories: [category.id],
    };
  });
  return { publishedAt: published, jobs };
}

/**
 * Reads a README or archive file (relative to the current folder) back into jobs, in the format of
 * `templateName` (a name or a folder; default: detected from its title), with the file as errors name it.
 */
export async function importReadmeFile(
  file: string,
  site: Site,
  category: Category,
  templateName?: string,
): Promise<ImportedReadme & { shown: string }> {
  const path = resolve(file);
  const shown = relative(process.cwd(), path) || path;
  const template = templateName === undefined ? undefined : loadTemplate(templateName, process.cwd());
  return { ...importReadme(await readFile(path, 'utf8'), site, category, shown, template), shown };
}
