import { extname } from 'node:path';
import { type JobInput, JobSchema, type Rejection } from '@joblist/core-model';
import { parse as parseCsv } from 'csv-parse/sync';
import * as v from 'valibot';
import { checkRecordCount } from '../adapter/map-records.ts';
import { readSourceFile } from '../adapter/read-source-file.ts';
import { SHARED_SOURCE_ENTRIES } from '../adapter/source-options.ts';
import { rejectionOf } from '../fetch/validate-jobs.ts';
import { parseDate } from '../normalise/date.ts';
import { workplaceFrom } from '../normalise/workplace.ts';
import { type SourceAdapter, type SourceContext, SourceError, type SourceResult } from '../types.ts';

const FileOptionsSchema = v.strictObject({
  type: v.literal('file'),
  /** A `.json`, `.jsonl` / `.ndjson` or `.csv` file, relative to the config's folder. */
  path: v.pipe(v.string(), v.trim(), v.nonEmpty('must name a file')),
  ...SHARED_SOURCE_ENTRIES,
});

/** Raw records read from a file, and the lines that could not even be parsed. */
interface FileRecords {
  records: { index: number; record: unknown }[];
  rejected: Rejection[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Job JSON file: an array of jobs, `{ jobs: [...] }`, or a snapshot (which has `jobs` too). */
function readJsonFile(text: string, shown: string): FileRecords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`${shown}: invalid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data.jobs)
      ? data.jobs
      : undefined;
  if (!list) throw new SourceError(`${shown}: expected an array of jobs or an object with a "jobs" array`);
  return { records: list.map((record, index) => ({ index, record })), rejected: [] };
}

/** JSON Lines: one job per non-empty line; a record's index is its zero-based line number. */
function readJsonLines(text: string): FileRecords {
  const result: FileRecords = { records: [], rejected: [] };
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      result.records.push({ index, record: JSON.parse(line) });
    } catch (error) {
      result.rejected.push({
        index,
        field: '(root)',
        reason: `line ${index + 1}: invalid JSON (${(error as Error).message})`,
      });
    }
  });
  return result;
}

/** Splits a CSV list cell (`typescript; react` or `a,b`) into trimmed, non-empty items. */
function splitList(cell: string | undefined): string[] | undefined {
  const items = (cell ?? '')
    .split(/[;,]/u)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A number cell; a non-numeric one stays as text so validation reports it. */
const numberCell = (cell: string | undefined): number | string | undefined =>
  cell === undefined ? undefined : Number.isFinite(Number(cell)) ? Number(cell) : cell;

/**
 * One CSV row as a job: columns named after Job fields, plus `company` / `company_name`, `company_url`,
 * `salary_min`, `salary_max`, `salary_currency`, `salary_period`, and `skills` / `categories` lists.
 * Empty cells count as absent; a missing `workplace` is read from the location text (on-site by default).
 */
function fromCsvRow(row: Record<string, string>): Record<string, unknown> {
  const cell = (name: string) => (row[name]?.trim() ? row[name].trim() : undefined);
  const salaryMin = numberCell(cell('salary_min'));
  const salaryMax = numberCell(cell('salary_max'));
  const location = cell('location');
  return {
    id: cell('id'),
    title: cell('title'),
    company: { name: cell('company') ?? cell('company_name'), url: cell('company_url') },
    url: cell('url'),
    location,
    workplace: cell('workplace')?.toLowerCase() ?? workplaceFrom({ text: location }),
    postedAt: cell('postedAt'),
    salary:
      salaryMin === undefined && salaryMax === undefined
        ? undefined
        : {
            min: salaryMin,
            max: salaryMax,
            currency: cell('salary_currency')?.toUpperCase(),
            period: cell('salary_period')?.toLowerCase(),
          },
    skills: splitList(cell('skills')),
    description: cell('description'),
    categories: splitList(cell('categories')),
  };
}

function readCsv(text: string, shown: string): FileRecords {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    throw new SourceError(`${shown}: invalid CSV (${(error as Error).message})`);
  }
  return { records: rows.map((row, index) => ({ index, record: fromCsvRow(row) })), rejected: [] };
}

/**
 * A record as a job candidate: ids kept as strings (a numeric id becomes its decimal text), the date
 * read in any of the accepted forms and written in UTC; everything else is checked by `JobSchema`.
 */
function toCandidate(record: unknown): unknown {
  if (!isObject(record)) return record;
  const id = typeof record.id === 'number' ? String(record.id) : record.id;
  return { ...record, id, postedAt: parseDate(record.postedAt) ?? record.postedAt };
}

/** Validates each record as a Job; failures are rejections indexed by their position in the file. */
function toResult({ records, rejected }: FileRecords): SourceResult {
  const jobs: JobInput[] = [];
  for (const { index, record } of records) {
    const job = v.safeParse(JobSchema, toCandidate(record), { abortPipeEarly: true });
    if (job.success) jobs.push(job.output);
    else rejected.push(rejectionOf(index, job.issues));
  }
  return { jobs, rejected: rejected.sort((a, b) => a.index - b.index) };
}

/**
 * Reads the jobs of one file (`path` relative to the config's folder; format chosen by extension:
 * `.csv`, `.jsonl` / `.ndjson`, else JSON), within the source's `maxBytes` and `maxRecords`. A missing,
 * oversized or unparseable file throws a {@link SourceError} naming `path`; a bad record is rejected.
 */
async function readJobsFile(path: string, context: SourceContext): Promise<SourceResult> {
  const text = await readSourceFile(path, context);
  const extension = extname(path).toLowerCase();
  const read =
    extension === '.csv'
      ? readCsv(text, path)
      : extension === '.jsonl' || extension === '.ndjson'
        ? readJsonLines(text)
        : readJsonFile(text, path);
  checkRecordCount(read.records.length + read.rejected.length, context);
  return toResult(read);
}

/**
 * The `file` source `{ type: 'file', path }`: jobs in the interchange format from a Job JSON file (an
 * array, `{ jobs: [...] }` or a snapshot), JSON Lines, or CSV. Its id is `file:<path as configured>`.
 */
export const fileSource: SourceAdapter<typeof FileOptionsSchema> = {
  type: 'file',
  options: FileOptionsSchema,
  id: (options) => `file:${options.path}`,
  fetch: (options, context) => readJobsFile(options.path, context),
};
