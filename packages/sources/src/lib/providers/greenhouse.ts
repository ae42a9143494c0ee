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

function toJob(job: GreenhouseJob): JobInput {
  const title = cleanText(job.title);
  const description = cleanDescription(job.content);
  const location = cleanText(job.location?.name);
  const pay = job.pay_input_ranges?.[0];
  const centsToUnits = (cents: number | null | undefined) => (cents == null ? undefined : cents / 100);
  return {
    id: job.id,
    title,
    company: { name: cleanText(job.company_name) },
    url: job.absolute_url.trim(),
    location,
    workplace: workplaceFrom({
      type: job.metadata?.find((field) => WORKPLACE_FIELD.test(field.name ?? ''))?.value,
      text: [location, joinLocations(job.offices?.map((office) => office.name) ?? [])],
    }),
    postedAt: parseDate(job.first_published) ?? parseDate(job.updated_at) ?? '',
    salary:
      pay &&
      parseSalary({
        min: centsToUnits(pay.min_cents),
        max: centsToUnits(pay.max_cents),
        currency: pay.currency_type,
      }),
    skills: extractSkills({ title, description }),
    description,
  };
}

/**
 * Greenhouse Job Board API (`{ type: 'greenhouse', board }`): every published job of a board in one
 * response, with descriptions (`content`, entity-escaped HTML) and pay-transparency ranges.
 */
export const greenhouseSource: SourceAdapter<typeof GreenhouseOptionsSchema> = {
  type: 'greenhouse',
  options: GreenhouseOptionsSchema,
  id: (options) => `greenhouse:${options.board}`,
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, `/v1/boards/${encodeURIComponent(options.board)}/jobs`);
    const payload = await http.json(url, { query: { content: true, pay_transparency: true } });
    const { jobs } = parseEnvelope(GreenhouseResponseSchema, payload, url);
    const { records, rejected } = readRecords(GreenhouseJobSchema, jobs);
    return { jobs: records.map(({ record }) => toJob(record)), rejected };
  },
};
