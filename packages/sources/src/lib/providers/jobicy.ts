import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import {
  entriesOf,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
  RawValueSchema,
} from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const JobicyOptionsSchema = sourceOptions('jobicy', 'https://jobicy.com', {
  /** Jobs to request, 1–100 (the API's own default applies when absent). */
  count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  /** A search tag, e.g. `python`. */
  tag: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
  /** A region slug, e.g. `usa`, `emea`, `anywhere`. */
  geo: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
});

/**
 * One job of `GET /api/v2/remote-jobs` (unknown keys tolerated). API 2.2 sends `salaryMin`/`salaryMax`/
 * `salaryPeriod` and ISO dates with an offset; API 2.0 (2024) sent yearly `annualSalaryMin`/`annualSalaryMax`
 * as strings and `YYYY-MM-DD HH:MM:SS` dates.
 */
const JobicyJobSchema = v.looseObject({
  id: RawIdSchema,
  url: v.string(),
  jobTitle: v.string(),
  ...entriesOf(OptionalTextSchema, ['companyName', 'jobGeo', 'jobDescription', 'jobExcerpt']),
  ...entriesOf(RawValueSchema, ['pubDate', 'salaryMin', 'salaryMax', 'salaryCurrency', 'salaryPeriod']),
  ...entriesOf(RawValueSchema, ['annualSalaryMin', 'annualSalaryMax']),
});

type JobicyJob = v.InferOutput<typeof JobicyJobSchema>;

/** The response: `jobs` among counters, notices and the applied filters. */
const JobicyPayloadSchema = v.looseObject({ jobs: v.array(v.unknown()) });

function toJob(job: JobicyJob) {
  const structured = job.salaryMin !== undefined || job.salaryMax !== undefined;
  return jobCandidate({
    id: job.id,
    title: job.jobTitle,
    company: job.companyName,
    url: job.url,
    location: job.jobGeo,
    // Jobicy lists remote jobs only; a region or title that says hybrid is believed.
    workplace: ({ title, location }) => ({ text: [location, title], fallback: 'remote' }),
    postedAt: job.pubDate,
    salary: structured
      ? { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod }
      : { min: job.annualSalaryMin, max: job.annualSalaryMax, currency: job.salaryCurrency, period: 'year' },
    description: [job.jobDescription, job.jobExcerpt],
  });
}

/**
 * Jobicy (`GET https://jobicy.com/api/v2/remote-jobs?count=&tag=&geo=`): remote jobs in one response,
 * filtered by tag and region. Reads both the current schema and the 2024 one (`annualSalary*`).
 */
export const jobicySource = recordSource(JobicyOptionsSchema, JobicyJobSchema, {
  id: (options) => ['jobicy', options.tag ?? 'all', ...(options.geo ? [options.geo] : [])].join(':'),
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/api/v2/remote-jobs');
    const query = { count: options.count, tag: options.tag, geo: options.geo };
    const payload = parseEnvelope(JobicyPayloadSchema, await context.http.json(url, { query }), url);
    return payload.jobs;
  },
  toJob,
});
