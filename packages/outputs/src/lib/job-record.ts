import { type Job, JobSchema } from '@joblist/core-model';

const JOB_FIELDS = Object.keys(JobSchema.entries) as (keyof Job)[];

/** A job in the documented Job format only (snapshot-only fields such as `stale` left out), keys in schema order. */
export function toJobRecord(job: Job): Job {
  const record: Record<string, unknown> = {};
  for (const field of JOB_FIELDS) if (job[field] !== undefined) record[field] = job[field];
  return record as Job;
}
