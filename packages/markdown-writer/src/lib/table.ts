import type { Workplace } from '@joblist/core-model';
import { UNKNOWN_COMPANY } from '@joblist/stats';
import { escapeCellText } from './escape-cell.ts';
import { formatMonthDay } from './format.ts';
import type { RenderInput } from './input.ts';
import { JOBLIST_EXTRA_COLUMNS, joblistCells } from './joblist-columns.ts';
import { linkDestination } from './link-destination.ts';
import { jobLinks } from './links.ts';
import type { TemplateOptions } from './template/load.ts';

/** The column headers and delimiter cells of the openings table, exactly as the reference writes them. */
export const TABLE_COLUMNS = [
  { title: 'Company', rule: '-------' },
  { title: 'Position', rule: '--------' },
  { title: 'Location', rule: '--------' },
  { title: 'Type', rule: '----' },
  { title: 'Date', rule: '------' },
] as const;

/** The Type cell of each workplace. */
export const WORKPLACE_LABELS: Readonly<Record<Workplace, string>> = {
  remote: 'Remote',
  onsite: 'On Site',
  hybrid: 'Hybrid',
};

/** A bold link cell, `**[text](url)**`, or bold text, `**text**`, when there is no URL (or `**[text]()**`). */
function boldCell(text: string, url: string | undefined, options: TemplateOptions): string {
  if (url) return `**[${escapeCellText(text, 'link')}](${linkDestination(url)})**`;
  return options.companyWithoutUrl === 'empty-link'
    ? `**[${escapeCellText(text, 'link')}]()**`
    : `**${escapeCellText(text, 'bold')}**`;
}

const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function jobRow(
  job: RenderInput['jobs'][number],
  link: string | undefined,
  input: RenderInput,
  options: TemplateOptions,
): string {
  const cells = [
    boldCell(job.company.name || UNKNOWN_COMPANY, job.company.url, options),
    boldCell(job.title, link, options),
    escapeCellText(job.location || options.emptyLocation),
    WORKPLACE_LABELS[job.workplace],
    formatMonthDay(new Date(job.postedAt)),
  ];
  if (options.columns === 'joblist') cells.push(...joblistCells(job, input.builtAt));
  return tableRow(cells);
}

/**
 * The openings table as Markdown, rendered once and shared by README and archive:
 * `| **[Company](url)** | **[Title](link)** | Location | Type | Mon DD |` per job, a company without
 * URL in bold only (or as the template's `companyWithoutUrl` says), an empty location as its `emptyLocation`; the
 * template's `columns: joblist` adds Salary, Visa and Age cells. Cells are escaped by
 * {@link escapeCellText}; links are joblist's own http(s) links.
 */
export function jobsTableMarkdown(input: RenderInput): string {
  const { options } = input.template;
  const links = jobLinks(input);
  const columns =
    options.columns === 'joblist' ? [...TABLE_COLUMNS, ...JOBLIST_EXTRA_COLUMNS] : TABLE_COLUMNS;
  return [
    tableRow(columns.map((column) => column.title)),
    tableRow(columns.map((column) => column.rule)),
    ...input.jobs.map((job, index) => jobRow(job, links[index], input, options)),
  ].join('\n');
}
