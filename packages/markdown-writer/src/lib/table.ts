import type { Job, Workplace } from '@joblist/core-model';
import { UNKNOWN_COMPANY } from '@joblist/stats';
import { escapeCellText } from './escape-cell.ts';
import { formatMonthDay } from './format.ts';
import type { RenderInput } from './input.ts';
import { linkDestination } from './link-destination.ts';
import { jobLink } from './links.ts';
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
  if (url) return `**[${escapeCellText(text)}](${linkDestination(url)})**`;
  return options.companyWithoutUrl === 'empty-link'
    ? `**[${escapeCellText(text)}]()**`
    : `**${escapeCellText(text, 'bold')}**`;
}

const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function jobRow(job: Job, input: RenderInput, options: TemplateOptions): string {
  return tableRow([
    boldCell(job.company.name || UNKNOWN_COMPANY, job.company.url, options),
    boldCell(job.title, jobLink(job, input.site, input.category), options),
    escapeCellText(job.location || options.emptyLocation),
    WORKPLACE_LABELS[job.workplace],
    formatMonthDay(new Date(job.postedAt)),
  ]);
}

/**
 * The openings table as Markdown, rendered once and shared by README and archive:
 * `| **[Company](url)** | **[Title](link)** | Location | Type | Mon DD |` per job, a company without
 * URL in bold only (or as the template's `companyWithoutUrl` says), an empty location as its `emptyLocation`. Cells are escaped by
 * {@link escapeCellText}; links are joblist's own http(s) links.
 */
export function jobsTableMarkdown(input: RenderInput): string {
  const { options } = input.template;
  return [
    tableRow(TABLE_COLUMNS.map((column) => column.title)),
    tableRow(TABLE_COLUMNS.map((column) => column.rule)),
    ...input.jobs.map((job) => jobRow(job, input, options)),
  ].join('\n');
}
