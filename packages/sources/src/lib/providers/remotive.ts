import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import {
  entriesOf,
  LooseStringListSchema,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
} from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const RemotiveOptionsSchema = sourceOptions('remotive', 'https://remotive.com', {
  /** A Remotive category slug, e.g. `software-dev`; all categories when absent. */
  category: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
});

/** One job of `GET /api/remote-jobs`; unknown keys tolerated. */
const RemotiveJobSchema = v.looseObject({
  id: RawIdSchema,
  url: v.string(),
  title: v.string(),
  tags: LooseStringListSchema,
  ...entriesOf(OptionalTextSchema, ['company_name', 'publication_date', 'candidate_required_location']),
  ...entriesOf(OptionalTextSchema, ['salary', 'description']),
});

/** The jobs next to the API's `00-warning` and `0-legal-notice` keys, which are not jobs. */
const RemotiveResponseSchema = v.looseObject({ jobs: v.array(v.unknown()) });

type RemotiveJob = v.InferOutput<typeof RemotiveJobSchema>;

function toJob(job: RemotiveJob) {
  return jobCandidate({
    id: job.id,
    title: job.title,
    company: job.company_name,
    url: job.url,
    location: job.candidate_required_location,
    // Remotive lists remote jobs only; the location says where candidates may live.
    workplace: ({ location }) => ({ text: location, fallback: 'remote' }),
    postedAt: job.publication_date,
    salary: { text: job.salary },
    tags: job.tags,
    description: job.description,
  });
}

/**
 * Remotive (`{ type: 'remotive', category? }`): current remote jobs in one response, optionally of one
 * category. Dates carry no zone (UTC); salaries are free text such as `$18 - $22/hr`. Remotive asks
 * that jobs link back to it, which `url` (the Remotive job page) does.
 */
export const remotiveSource = recordSource(RemotiveOptionsSchema, RemotiveJobSchema, {
  id: (options) => (options.category ? `remotive:${options.category}` : 'remotive'),
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/api/remote-jobs');
    const payload = await context.http.json(url, { query: { category: options.category } });
    const { jobs } = parseEnvelope(RemotiveResponseSchema, payload, url);
    return jobs;
  },
  toJob,
});
