import { HttpUrlSchema, type JobInput } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import { joinLocationParts, joinLocations } from '../_utils/location.ts';
import {
  LooseStringListSchema,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
  readRecords,
} from '../_utils/raw-payload.ts';
import { endpoint } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { parseSalary } from '../normalize/salary.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import type { SourceAdapter } from '../types.ts';

/**
 * Options of a Recruitee source. Unlike the other sources the API lives on the company's own host, so
 * `baseUrl` has no fixed default: `https://<company>.recruitee.com` is used when it is absent.
 */
const RecruiteeOptionsSchema = v.strictObject({
  type: v.literal('recruitee'),
  /** The careers-site subdomain, as in `<company>.recruitee.com`. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  baseUrl: v.optional(HttpUrlSchema),
  categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
});

const flag = v.nullish(v.boolean());

/** One offer of `GET /api/offers/`; unknown keys tolerated. */
const RecruiteeOfferSchema = v.looseObject({
  id: RawIdSchema,
  title: v.string(),
  careers_url: v.string(),
  company_name: OptionalTextSchema,
  location: OptionalTextSchema,
  city: OptionalTextSchema,
  country: OptionalTextSchema,
  locations: v.nullish(
    v.array(
      v.looseObject({ city: OptionalTextSchema, state: OptionalTextSchema, country: OptionalTextSchema }),
    ),
  ),
  remote: flag,
  hybrid: flag,
  on_site: flag,
  published_at: OptionalTextSchema,
  created_at: OptionalTextSchema,
  description: OptionalTextSchema,
  requirements: OptionalTextSchema,
  salary: v.nullish(
    v.looseObject({ min: v.unknown(), max: v.unknown(), currency: v.unknown(), period: v.unknown() }),
  ),
  tags: LooseStringListSchema,
});

const RecruiteeResponseSchema = v.looseObject({ offers: v.array(v.unknown()) });

type RecruiteeOffer = v.InferOutput<typeof RecruiteeOfferSchema>;

function locationOf(offer: RecruiteeOffer): string {
  const places = (offer.locations ?? []).map((place) =>
    joinLocationParts([place.city, place.state, place.country]),
  );
  return joinLocations(places) || cleanText(offer.location) || joinLocationParts([offer.city, offer.country]);
}

/** The flag Recruitee sets among `hybrid`, `remote` and `on_site`, as a workplace enum. */
function workplaceType(offer: RecruiteeOffer): string | undefined {
  if (offer.hybrid) return 'hybrid';
  if (offer.remote) return 'remote';
  return offer.on_site ? 'onsite' : undefined;
}

function toJob(offer: RecruiteeOffer, companyFallback: string): JobInput {
  const title = cleanText(offer.title);
  const description = cleanDescription([offer.description, offer.requirements].filter(Boolean).join('\n'));
  const location = locationOf(offer);
  return {
    id: offer.id,
    title,
    company: { name: cleanText(offer.company_name) || companyFallback },
    url: offer.careers_url.trim(),
    location,
    workplace: workplaceFrom({ type: workplaceType(offer), text: location }),
    postedAt: parseDate(offer.published_at) ?? parseDate(offer.created_at) ?? '',
    salary: offer.salary ? parseSalary(offer.salary) : undefined,
    skills: extractSkills({ tags: offer.tags, title, description }),
    description,
  };
}

/**
 * Recruitee Careers Site API (`{ type: 'recruitee', company }`): every published offer of a careers
 * site in one response, with HTML description and requirements, workplace flags and a salary whose
 * amounts may be strings.
 */
export const recruiteeSource: SourceAdapter<typeof RecruiteeOptionsSchema> = {
  type: 'recruitee',
  options: RecruiteeOptionsSchema,
  id: (options) => `recruitee:${options.company}`,
  async fetch(options, { http }) {
    const baseUrl = options.baseUrl ?? `https://${encodeURIComponent(options.company)}.recruitee.com`;
    const url = endpoint(baseUrl, '/api/offers/');
    const { offers } = parseEnvelope(RecruiteeResponseSchema, await http.json(url), url);
    const { records, rejected } = readRecords(RecruiteeOfferSchema, offers);
    return { jobs: records.map(({ record }) => toJob(record, options.company)), rejected };
  },
};
