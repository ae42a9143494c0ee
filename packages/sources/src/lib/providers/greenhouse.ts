import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { joinLocations } from '../adapter/location.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const GreenhouseOptionsSchema = sourceOptions('greenhouse', 'https://boards-api.greenhouse.io', {
  /** The board token, as in `job-boards.greenhouse.io/<board>`. */
  board: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

/** One job of `GET /v1/boards/{board}/jobs?content=true&pay_transparency=true`; unknown keys tolerated. */
const GreenhouseJobSchema = v.looseObject({
  id: RawIdSchema,
  title: v.string(),
  absolute_url: v.string(),
  company_name: OptionalTextSchema,
  location: v.nullish(v.looseObject({ name: OptionalTextSchema })),
  offices: v.nullish(v.array(v.looseObject({ name: OptionalTextSchema }))),
  first_published: OptionalTextSchema,
  updated_at: OptionalTextSchema,
  content: OptionalTextSchema,
  metadata: v.nullish(v.array(v.looseObject({ name: OptionalTextSchema, value: v.unknown() }))),
  pay_input_ranges: v.nullish(
    v.array(
      v.looseObject({
        min_cents: v.nullish(v.number()),
        max_cents: v.nullish(v.number()),
        currency_type: OptionalTextSchema,
      }),
    ),
  ),
});

const GreenhouseResponseSchema = v.looseObject({ jobs: v.array(v.unknown()) });

type GreenhouseJob = v.InferOutput<typeof GreenhouseJobSchema>;

/** Custom fields that boards use for the workplace, e.g. `Workplace Type: Remote`. */
const WORKPLACE_FIELD = /workplace|remote|location type/iu;

const centsToUnits = (cents: number | null | undefined) => (cents == null ? undefined : cents / 100);

function toJob(job: GreenhouseJob) {
  const pay = job.pay_input_ranges?.[0];
  return jobCandidate({
    id: job.id,
    title: job.title,
    company: job.company_name,
    url: job.absolute_url,
    location: job.location?.name,
    workplace: ({ location }) => ({
      type: job.metadata?.find((field) => WORKPLACE_FIELD.test(field.name ?? ''))?.value,
      text: [location, joinLocations(job.offices?.map((office) => office.name) ?? [])],
    }),
    postedAt: [job.first_published, job.updated_at],
    salary: pay && {
      min: centsToUnits(pay.min_cents),
      max: centsToUnits(pay.max_cents),
      currency: pay.currency_type,
    },
    description: job.content,
  });
}

/**
 * Greenhouse Job Board API (`{ type: 'greenhouse', board }`): every published job of a board in one
 * response, with descriptions (`content`, entity-escaped HTML) and pay-transparency ranges.
 */
export const greenhouseSource = recordSource(GreenhouseOptionsSchema, GreenhouseJobSchema, {
  id: (options) => `greenhouse:${options.board}`,
  async records(options, context) {
    const url = endpoint(options.baseUrl, `/v1/boards/${encodeURIComponent(options.board)}/jobs`);
    const payload = await context.http.json(url, { query: { content: true, pay_transparency: true } });
    const { jobs } = parseEnvelope(GreenhouseResponseSchema, payload, url);
    return jobs;
  },
  toJob,
});
