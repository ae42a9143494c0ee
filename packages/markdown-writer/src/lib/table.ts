import type { Job, Workplace } from '@joblist/core-model';
import { UNKNOWN_COMPANY } from '@joblist/stats';
import type { PhrasingContent, Table, TableRow } from 'mdast';
import { formatMonthDay } from './format.ts';
import type { RenderInput } from './input.ts';
import { jobLink } from './links.ts';
import { link, strong, text } from './nodes.ts';

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

const row = (cells: PhrasingContent[][]): TableRow => ({
  type: 'tableRow',
  children: cells.map((children) => ({ type: 'tableCell', children })),
});

function jobRow(job: Job, input: RenderInput): TableRow {
  return row([
    [strong(link(job.company.url ?? '', text(job.company.name || UNKNOWN_COMPANY)))],
    [strong(link(jobLink(job, input.site, input.category), text(job.title)))],
    job.location ? [text(job.location)] : [],
    [text(WORKPLACE_LABELS[job.workplace])],
    [text(formatMonthDay(new Date(job.postedAt)))],
  ]);
}

/** The openings table: `| **[Company](url)** | **[Title](link)** | Location | Type | Mon DD |` per job. */
export function jobsTable(input: RenderInput): Table {
  return {
    type: 'table',
    align: TABLE_COLUMNS.map(() => null),
    data: { rules: TABLE_COLUMNS.map((column) => column.rule) },
    children: [
      row(TABLE_COLUMNS.map((column) => [text(column.title)])),
      ...input.jobs.map((job) => jobRow(job, input)),
    ],
  };
}
