import { HttpUrlSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { cleanLocation, joinLocationParts, joinLocations } from '../adapter/location.ts';
import {
  LooseStringListSchema,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
} from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, SHARED_SOURCE_ENTRIES } from '../adapter/source-options.ts';

/**
 * Options of a Recruitee source. Unlike the other sources the API lives on the company's own host, so
 * `baseUrl` has no fixed default: `https://<company>.recruitee.com` is used when it is absent.
 */
const RecruiteeOptionsSchema = v.strictObject({
  type: v.literal('recruitee'),
  /** The careers-site subdomain, as in `<company>.recruitee.com`. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  baseUrl: v.optional(HttpUrlSchema),
  ...SHARED_SOURCE_ENTRIES,
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
  return (
    joinLocations(places) || cleanLocation(offer.location) || joinLocationParts([offer.city, offer.country])
  );
}

/** The flag Recruitee sets among `hybrid`, `remote` and `on_site`, as a workplace enum. */
function workplaceType(offer: RecruiteeOffer): string | undefined {
  if (offer.hybrid) return 'hybrid';
  if (offer.remote) return 'remote';
  return offer.on_site ? 'onsite' : undefined;
}

function toJob(offer: RecruiteeOffer, companyFallback: string) {
  return jobCandidate({
    id: offer.id,
    title: offer.title,
    company: [offer.company_name, companyFallback],
    url: offer.careers_url,
    location: locationOf(offer),
    workplace: ({ location }) => ({ type: workplaceType(offer), text: location }),
    postedAt: [offer.published_at, offer.created_at],
    salary: offer.salary ?? undefined,
    tags: offer.tags,
    description: [offer.description, offer.requirements].filter(Boolean).join('\n'),
  });
}

/**
 * Recruitee Careers Site API (`{ type: 'recruitee', company }`): every published offer of a careers
 * site in one response, with HTML description and requirements, workplace flags and a salary whose
 * amounts may be strings.
 */
export const recruiteeSource = recordSource(RecruiteeOptionsSchema, RecruiteeOfferSchema, {
  id: (options) => `recruitee:${options.company}`,
  async records(options, context) {
    const baseUrl = options.baseUrl ?? `https://${encodeURIComponent(options.company)}.recruitee.com`;
    const url = endpoint(baseUrl, '/api/offers/');
    const { offers } = parseEnvelope(RecruiteeResponseSchema, await context.http.json(url), url);
    return offers;
  },
  toJob: (offer, options) => toJob(offer, options.company),
});
