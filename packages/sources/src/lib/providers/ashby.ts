import type { JobInput } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import { joinLocations } from '../_utils/location.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { parseSalary } from '../normalize/salary.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import type { SourceAdapter } from '../types.ts';

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
function salaryOf(job: AshbyJob) {
  if (job.shouldDisplayCompensationOnJobPostings === false || !job.compensation) return undefined;
  const component = job.compensation.summaryComponents?.find((part) => part.compensationType === 'Salary');
  if (component) {
    return parseSalary({
      min: component.minValue,
      max: component.maxValue,
      currency: component.currencyCode,
      period: component.interval,
    });
  }
  return parseSalary({ text: job.compensation.scrapeableCompensationSalarySummary });
}

/**
 * Ashby Posting API (`{ type: 'ashby', board, company }`): every listed job of a board in one response,
 * with compensation. The workplace comes from `workplaceType`, which Ashby keeps accurate while
 * `isRemote` is true for hybrid jobs too; unlisted jobs are skipped.
 */
export const ashbySource: SourceAdapter<typeof AshbyOptionsSchema> = {
  type: 'ashby',
  options: AshbyOptionsSchema,
  id: (options) => `ashby:${options.board}`,
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, `/posting-api/job-board/${encodeURIComponent(options.board)}`);
    const payload = await http.json(url, { query: { includeCompensation: true } });
    const { jobs } = parseEnvelope(AshbyResponseSchema, payload, url);
    const { records, rejected } = readRecords(AshbyJobSchema, jobs);
    const listed = records.filter(({ record }) => record.isListed !== false);
    return {
      rejected,
      jobs: listed.map(({ record: job }): JobInput => {
        const title = cleanText(job.title);
        const description = cleanDescription(job.descriptionHtml ?? job.descriptionPlain);
        const location = joinLocations([
          job.location,
          ...(job.secondaryLocations ?? []).map((secondary) => secondary.location),
        ]);
        return {
          id: job.id,
          title,
          company: { name: options.company },
          url: job.jobUrl.trim(),
          location,
          workplace: workplaceFrom({ type: job.workplaceType, remote: job.isRemote, text: location }),
          postedAt: parseDate(job.publishedAt) ?? '',
          salary: salaryOf(job),
          skills: extractSkills({ title, description }),
          description,
        };
      }),
    };
  },
};
