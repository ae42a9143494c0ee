import type { JobInput, Rejection, Skipped } from '@joblist/core-model';
import type * as v from 'valibot';
import { type SourceContext, SourceError, type SourceResult, sourceLimits } from '../types.ts';
import { readRecord } from './raw-payload.ts';

/** What a mapper returns for a record it leaves out on purpose (closed, unlisted, not a posting). */
export interface Skip {
  skip: string;
}

/** Leaves a record out on purpose; it is counted in the source's `skipped` under `reason`. */
export const skip = (reason: string): Skip => ({ skip: reason });

const isSkip = (value: JobInput | Skip): value is Skip => 'skip' in value;

/** Counts skip reasons in order of first sight. */
function countSkipped(reasons: readonly string[]): Skipped[] {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

/** Throws a {@link SourceError} when a source returned more raw records than its `maxRecords`. */
export function checkRecordCount(count: number, context: SourceContext): void {
  const { maxRecords } = sourceLimits(context);
  if (count <= maxRecords) return;
  throw new SourceError(
    `${count} records, more than the source's maxRecords limit of ${maxRecords}; raise "maxRecords" in its config if this is expected`,
  );
}

/**
 * The frame every adapter ends in once it has the raw records out of their envelope: refuses more than
 * the source's `maxRecords` (a {@link SourceError}: before any record is read when `raw` is an array, as
 * soon as one too many is read when it is an iterable parsed as it goes), validates each record
 * with its lenient schema (a failure is a rejection: index, field, reason), and maps the rest with
 * `toJob` (given the record and its index) to job candidates or {@link skip}s. Every raw record ends as exactly one job candidate,
 * rejection or counted skip; `indexes` keeps each candidate's position among the raw records.
 */
export function mapRecords<const S extends v.GenericSchema>(
  context: SourceContext,
  schema: S,
  raw: readonly unknown[] | Iterable<unknown>,
  toJob: (record: v.InferOutput<S>, index: number) => JobInput | Skip,
  options: {
    /** A reason to skip a raw record before its schema runs (a hidden entry need not be valid). */
    skipRaw?: (record: unknown) => string | undefined;
  } = {},
): SourceResult {
  if (Array.isArray(raw)) checkRecordCount(raw.length, context);
  const { maxRecords } = sourceLimits(context);
  const result = { jobs: [] as JobInput[], indexes: [] as number[], rejected: [] as Rejection[] };
  const skipped: string[] = [];
  let index = -1;
  for (const entry of raw) {
    index += 1;
    if (index === maxRecords) {
      throw new SourceError(
        `more than ${maxRecords} records, the source's maxRecords limit; raise "maxRecords" in its config if this is expected`,
      );
    }
    const early = options.skipRaw?.(entry);
    if (early !== undefined) {
      skipped.push(early);
      continue;
    }
    const read = readRecord(schema, entry, index);
    if ('rejection' in read) {
      result.rejected.push(read.rejection);
      continue;
    }
    const mapped = toJob(read.record, index);
    if (isSkip(mapped)) {
      skipped.push(mapped.skip);
      continue;
    }
    result.jobs.push(mapped);
    result.indexes.push(index);
  }
  return { ...result, skipped: countSkipped(skipped) };
}
