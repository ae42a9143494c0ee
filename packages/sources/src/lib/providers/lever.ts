import * as v from 'valibot';
import { jobCandidate, type SalaryFields } from '../adapter/job-candidate.ts';
import { joinLocations } from '../adapter/location.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const LeverOptionsSchema = sourceOptions('lever', 'https://api.lever.co', {
  /** The Lever site, as in `jobs.lever.co/<site>`. */
  site: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  /** The employer's display name; the Postings API does not send one. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

/** One posting of `GET /v0/postings/{site}?mode=json`; unknown keys tolerated. */
const LeverPostingSchema = v.looseObject({
  id: RawIdSchema,
  text: v.string(),
  hostedUrl: v.string(),
  createdAt: v.nullish(v.union([v.number(), v.string()])),
  workplaceType: OptionalTextSchema,
  categories: v.nullish(
    v.looseObject({
      location: OptionalTextSchema,
      allLocations: v.nullish(v.array(v.string())),
    }),
  ),
  description: OptionalTextSchema,
  lists: v.nullish(v.array(v.looseObject({ text: OptionalTextSchema, content: OptionalTextSchema }))),
  additional: OptionalTextSchema,
  salaryRange: v.nullish(
    v.looseObject({
      interval: OptionalTextSchema,
      currency: OptionalTextSchema,
      min: v.unknown(),
      max: v.unknown(),
    }),
  ),
  tags: v.nullish(v.array(v.string())),
});

type LeverPosting = v.InferOutput<typeof LeverPostingSchema>;

/** The posting's sections as one HTML document: opening, each titled list, closing. */
function descriptionHtml(posting: LeverPosting): string {
  const lists = (posting.lists ?? []).map(
    (list) => `<h3>${list.text ?? ''}</h3><ul>${list.content ?? ''}</ul>`,
  );
  return [posting.description ?? '', ...lists, posting.additional ?? ''].join('\n');
}

function salaryOf(range: LeverPosting['salaryRange']): SalaryFields | undefined {
  // A `one-time` amount is a bonus or stipend, not a salary.
  if (!range || range.interval === 'one-time') return undefined;
  return { min: range.min, max: range.max, currency: range.currency, period: range.interval };
}

function toJob(posting: LeverPosting, company: string) {
  return jobCandidate({
    id: posting.id,
    title: posting.text,
    company,
    url: posting.hostedUrl,
    location: joinLocations(posting.categories?.allLocations ?? []) || posting.categories?.location,
    workplace: ({ location }) => ({ type: posting.workplaceType, text: location }),
    postedAt: posting.createdAt,
    salary: salaryOf(posting.salaryRange),
    tags: posting.tags ?? [],
    description: descriptionHtml(posting),
  });
}

/**
 * Lever Postings API (`{ type: 'lever', site, company }`): every published posting of a site in one
 * response (a bare array), with HTML description sections and optional salary ranges.
 */
export const leverSource = recordSource(LeverOptionsSchema, LeverPostingSchema, {
  id: (options) => `lever:${options.site}`,
  async records(options, context) {
    const url = endpoint(options.baseUrl, `/v0/postings/${encodeURIComponent(options.site)}`);
    const payload = await context.http.json(url, { query: { mode: 'json' } });
    const postings = parseEnvelope(v.array(v.unknown()), payload, url);
    return postings;
  },
  toJob: (posting, options) => toJob(posting, options.company),
});
