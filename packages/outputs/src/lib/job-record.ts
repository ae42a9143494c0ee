import {
  type ClosedJob,
  ClosedJobSchema,
  JobSchema,
  JobSeenEntries,
  type SnapshotJob,
} from '@joblist/core-model';
import * as v from 'valibot';

/** A job as `jobs.json` holds it: the documented Job format and, when the snapshot has a history, first and last seen. */
export const JobRecordSchema = v.object({
  ...JobSchema.entries,
  firstSeen: v.optional(JobSeenEntries.firstSeen),
  lastSeen: v.optional(JobSeenEntries.lastSeen),
});

/** A job in `jobs.json`. */
export type JobRecord = v.InferOutput<typeof JobRecordSchema>;

const RECORD_FIELDS = Object.keys(JobRecordSchema.entries);
const CLOSED_FIELDS = Object.keys(ClosedJobSchema.entries);

/** The `fields` of `value` that are set, in that order (so the bytes do not depend on how the object was built). */
function pick<T>(value: object, fields: readonly string[]): T {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const item = (value as Record<string, unknown>)[field];
    if (item !== undefined) record[field] = item;
  }
  return record as T;
}

/** A job in the documented Job format plus its history (snapshot-only fields such as `stale` left out), keys in schema order. */
export function toJobRecord(job: SnapshotJob): JobRecord {
  return pick(job, RECORD_FIELDS);
}

/** A closed job with its history, keys in schema order. */
export function toClosedRecord(job: ClosedJob): ClosedJob {
  return pick(job, CLOSED_FIELDS);
}
