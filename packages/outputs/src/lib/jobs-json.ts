import { ClosedJobSchema, IsoDateTimeSchema, READER_FILES } from '@joblist/core-model';
import type { RenderInput } from '@joblist/markdown-writer';
import * as v from 'valibot';
import { JobRecordSchema, toClosedRecord, toJobRecord } from './job-record.ts';

/** The JSON Schema of `jobs.json`, published beside it in every category repository. */
export const JOBS_SCHEMA_FILE = READER_FILES.jobsSchema;

/** The jobs file's name in a category repository. */
export const JOBS_JSON_FILE = READER_FILES.jobsJson;

/**
 * `jobs.json`: the category's shown jobs (README order) in the documented Job format with their history
 * (first and last seen), and the category's recently closed jobs (when and why each closed).
 */
export const JobsFileSchema = v.object({
  /** Points at {@link JOBS_SCHEMA_FILE} beside the file. */
  $schema: v.string(),
  /** The category id. */
  category: v.string(),
  /** The build time. */
  updatedAt: IsoDateTimeSchema,
  jobs: v.array(JobRecordSchema),
  /** The category's jobs closed within its window, most recently closed first; absent when none. */
  closed: v.optional(v.array(ClosedJobSchema)),
});

/** A `jobs.json` document. */
export type JobsFile = v.InferOutput<typeof JobsFileSchema>;

/** Renders `jobs.json`: two-space indented, keys in schema order, a final newline (byte-stable). */
export function renderJobsJson(input: RenderInput): string {
  const document: JobsFile = {
    $schema: `./${JOBS_SCHEMA_FILE}`,
    category: input.category.id,
    updatedAt: input.builtAt.toISOString(),
    jobs: input.jobs.map(toJobRecord),
    ...(input.closed?.length && { closed: input.closed.map(toClosedRecord) }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
