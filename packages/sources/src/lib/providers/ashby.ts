import * as v from 'valibot';
import { jobCandidate, type SalaryFields } from '../adapter/job-candidate.ts';
import { joinLocations } from '../adapter/location.ts';
import { skip } from '../adapter/map-records.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const AshbyOptionsSchema = sourceOptions('ashby', 'https://api.ashbyhq.com', {
  /** The job board name, as in `jobs.ashbyhq.com/<board>`. */
  board: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  /** The employer's display name; the Posting API does not send one. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

const CompensationComponentSchema = v.looseObject({
  compensationType: OptionalTextSchema,
  interval: OptionalTextSchema,
  currencyCode: OptionalTextSchema,
  minValue: v.unknown(),
  maxValue: v.unknown(),
});

/** One job of `GET /posting-api/job-board/{board}?includeCompensation=true`; unknown keys tolerated. */
const AshbyJobSchema = v.looseObject({
  id: RawIdSchema,
  title: v.string(),
  jobUrl: v.string(),
  location: OptionalTextSchema,
  secondaryLocations: v.nullish(v.array(v.looseObject({ location: OptionalTextSchema }))),
  publishedAt: OptionalTextSchema,
  isListed: v.nullish(v.boolean()),
  isRemote: v.nullish(v.boolean()),
  workplaceType: OptionalTextSchema,
  descriptionHtml: OptionalTextSchema,
  descriptionPlain: OptionalTextSchema,
  shouldDisplayCompensationOnJobPostings: v.nullish(v.boolean()),
  compensation: v.nullish(
    v.looseObject({
      scrapeableCompensationSalarySummary: OptionalTextSchema,
      summaryComponents: v.nullish(v.array(CompensationComponentSchema)),
    }),
  ),
});

const AshbyResponseSchema = v.looseObject({ jobs: v.array(v.unknown()) });

type AshbyJob = v.InferOutput<typeof AshbyJobSchema>;

/** The salary component of the compensation summary, else its salary text (`CA$102.8K - CA$137K`). */
function salaryOf(job: AshbyJob): SalaryFields | undefined {
  if (job.shouldDisplayCompensationOnJobPostings === false || !job.compensation) return undefined;
  const component = job.compensation.summaryComponents?.find((part) => part.compensationType === 'Salary');
  if (component) {
    return {
      min: component.minValue,
      max: component.maxValue,
      currency: component.currencyCode,
      period: component.interval,
    };
  }
  return { text: job.compensation.scrapeableCompensationSalarySummary };
}

function toJob(job: AshbyJob, company: string) {
  if (job.isListed === false) return skip('unlisted posting (isListed: false)');
  return jobCandidate({
    id: job.id,
    title: job.title,
    company,
    url: job.jobUrl,
    location: joinLocations([
      job.location,
      ...(job.secondaryLocations ?? []).map((secondary) => secondary.location),
    ]),
    workplace: ({ location }) => ({ type: job.workplaceType, remote: job.isRemote, text: location }),
    postedAt: job.publishedAt,
    salary: salaryOf(job),
    description: job.descriptionHtml ?? job.descriptionPlain,
  });
}

/**
 * Ashby Posting API (`{ type: 'ashby', board, company }`): every listed job of a board in one response,
 * with compensation. The workplace comes from `workplaceType`, which Ashby keeps accurate while
 * `isRemote` is true for hybrid jobs too; unlisted jobs are skipped.
 */
export const ashbySource = recordSource(AshbyOptionsSchema, AshbyJobSchema, {
  id: (options) => `ashby:${options.board}`,
  async records(options, context) {
    const url = endpoint(options.baseUrl, `/posting-api/job-board/${encodeURIComponent(options.board)}`);
    const payload = await context.http.json(url, { query: { includeCompensation: true } });
    const { jobs } = parseEnvelope(AshbyResponseSchema, payload, url);
    return jobs;
  },
  toJob: (job, options) => toJob(job, options.company),
});
