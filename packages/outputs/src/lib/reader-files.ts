import { readFileSync } from 'node:fs';
import type { RenderInput } from '@joblist/markdown-writer';
import { packageFile } from './_package-files.ts';
import { JOBS_JSON_FILE, JOBS_SCHEMA_FILE, renderJobsJson } from './jobs-json.ts';
import { JSON_FEED_FILE, renderJsonFeed } from './json-feed.ts';
import { PAGE_FILE, renderPage } from './page.ts';
import { RSS_FILE, renderRss } from './rss.ts';
import { CHART_FILE, renderTrendChart } from './trend-chart.ts';

/** The committed JSON Schema of `jobs.json`, generated from the valibot schema (kept in sync by a test). */
export const JOBS_SCHEMA_SOURCE = packageFile(JOBS_SCHEMA_FILE);

let schemaText: string | undefined;

/** The JSON Schema of `jobs.json`, read once. */
const jobsSchema = () => {
  schemaText ??= readFileSync(JOBS_SCHEMA_SOURCE, 'utf8');
  return schemaText;
};

/**
 * The reader outputs one file each, in file order: `jobs.json` and its schema, `feed.xml`, `feed.json`,
 * `index.html` and the trend chart `trend.svg`, all from the same rows as the README. One file at a time, so
 * a build can write each before rendering the next.
 */
export const READER_FILE_OUTPUTS: ReadonlyArray<(input: RenderInput) => Record<string, string>> = [
  (input) => ({ [JOBS_JSON_FILE]: renderJobsJson(input) }),
  () => ({ [JOBS_SCHEMA_FILE]: jobsSchema() }),
  (input) => ({ [RSS_FILE]: renderRss(input) }),
  (input) => ({ [JSON_FEED_FILE]: renderJsonFeed(input) }),
  (input) => ({ [PAGE_FILE]: renderPage(input) }),
  (input) => ({ [CHART_FILE]: renderTrendChart(input) }),
];

/** The reader outputs of a category repository, path → content: every {@link READER_FILE_OUTPUTS} file. */
export function renderReaderFiles(input: RenderInput): Record<string, string> {
  return Object.assign({}, ...READER_FILE_OUTPUTS.map((output) => output(input)));
}
