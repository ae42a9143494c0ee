import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type JobInput,
  JobSchema,
  parseOrThrow,
  SUBMISSIONS_FILE,
  type SubmissionsFile,
  SubmissionsFileSchema,
} from '@joblist/core-model';
import * as v from 'valibot';
import { checkRecordCount } from '../adapter/map-records.ts';
import { readSourceFile } from '../adapter/read-source-file.ts';
import { SHARED_SOURCE_ENTRIES } from '../adapter/source-options.ts';
import { type SourceAdapter, type SourceContext, SourceError, type SourceResult } from '../types.ts';

const SubmissionsOptionsSchema = v.strictObject({
  type: v.literal('submissions'),
  /** The committed submissions file, relative to the config's folder. */
  path: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must name a file')), SUBMISSIONS_FILE),
  ...SHARED_SOURCE_ENTRIES,
});

/** Reads and validates a submissions file; a bad one is a {@link SourceError} naming the file and field. */
export function parseSubmissionsFile(text: string, shown: string): SubmissionsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`${shown}: invalid JSON (${(error as Error).message})`);
  }
  try {
    return parseOrThrow(SubmissionsFileSchema, data, shown);
  } catch (error) {
    throw new SourceError((error as Error).message);
  }
}

/**
 * The open submitted jobs as job candidates; closed ones are skipped (they leave the open rows). No file
 * yet is no submission yet.
 */
async function readSubmissions(path: string, context: SourceContext): Promise<SourceResult> {
  if (!existsSync(resolve(context.cwd, path))) return { jobs: [], rejected: [] };
  const file = parseSubmissionsFile(await readSourceFile(path, context), path);
  checkRecordCount(file.jobs.length, context);
  const jobs: JobInput[] = [];
  const indexes: number[] = [];
  file.jobs.forEach((job, index) => {
    if (job.closedAt !== undefined) return;
    jobs.push(
      Object.fromEntries(Object.entries(job).filter(([key]) => key in JobSchema.entries)) as JobInput,
    );
    indexes.push(index);
  });
  const closed = file.jobs.length - jobs.length;
  return {
    jobs,
    rejected: [],
    indexes,
    ...(closed > 0 && { skipped: [{ reason: 'closed by a reader (submissions)', count: closed }] }),
  };
}

/**
 * The `submissions` source `{ type: 'submissions', path? }`: the jobs readers submitted through the issue
 * forms and a maintainer approved (`joblist submissions apply`), from the committed submissions file
 * (default `data/submissions.json`). Closed ones are skipped. Its id is `submissions`.
 */
export const submissionsSource: SourceAdapter<typeof SubmissionsOptionsSchema> = {
  type: 'submissions',
  options: SubmissionsOptionsSchema,
  id: () => 'submissions',
  fetch: (options, context) => readSubmissions(options.path, context),
};
