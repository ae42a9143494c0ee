import { type Job, type JobInput, JobSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { expect } from 'vitest';

/** Characters that only appear in text when UTF-8 was decoded as Latin-1/CP1252. */
const MOJIBAKE = /Ã|Â|â€|ðŸ/u;

/** A tag or an entity left in text that should be plain. */
const MARKUP = /<\/?[a-z][a-z0-9]*[\s/>]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/iu;

/**
 * Asserts that every job passes `JobSchema`, and that no text field (title, company, location,
 * description) holds HTML, entities or mojibake. Returns the validated jobs.
 */
export function expectCleanJobs(jobs: readonly JobInput[]): Job[] {
  return jobs.map((input) => {
    const result = v.safeParse(JobSchema, input);
    expect(
      result.issues?.map((issue) => `${input.id} ${v.getDotPath(issue)}: ${issue.message}`),
    ).toBeUndefined();
    const job = result.output as Job;
    for (const text of [job.title, job.company.name, job.location, job.description ?? '']) {
      expect(text, `job ${job.id}`).not.toMatch(MOJIBAKE);
      expect(text, `job ${job.id}`).not.toMatch(MARKUP);
    }
    expect(job.title).toBe(job.title.trim());
    return job;
  });
}
