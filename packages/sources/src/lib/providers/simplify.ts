import { HttpUrlSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { jsonArrayElements } from '../adapter/json-array.ts';
import { joinLocations } from '../adapter/location.ts';
import { mapRecords } from '../adapter/map-records.ts';
import { RawIdSchema } from '../adapter/raw-payload.ts';
import { readSourceBytes } from '../adapter/read-source-file.ts';
import { SHARED_SOURCE_ENTRIES } from '../adapter/source-options.ts';
import { type SourceAdapter, type SourceContext, SourceError, type SourceResult } from '../types.ts';

const SimplifyOptionsSchema = v.pipe(
  v.strictObject({
    type: v.literal('simplify'),
    /** A local copy of `listings.json`, relative to the config's folder. */
    path: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must name a file'))),
    /** Where to GET `listings.json`, e.g. the raw GitHub URL of a SimplifyJobs repository. */
    url: v.optional(HttpUrlSchema),
    /** Tells two simplify sources apart: the source id becomes `simplify:<name>`. */
    name: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+$/u, 'must be letters, digits, ".", "_" or "-"'))),
    ...SHARED_SOURCE_ENTRIES,
  }),
  v.check(
    (options) => (options.path === undefined) !== (options.url === undefined),
    'needs exactly one of path or url',
  ),
);

/** Options of the `simplify` source. */
type SimplifyOptions = v.InferOutput<typeof SimplifyOptionsSchema>;

/** One record of SimplifyJobs' `.github/scripts/listings.json`; unknown keys tolerated. */
const ListingSchema = v.looseObject({
  id: RawIdSchema,
  company_name: v.string(),
  company_url: v.nullish(v.string()),
  title: v.string(),
  url: v.string(),
  locations: v.nullish(v.array(v.string()), []),
  active: v.boolean(),
  /** Seconds since the epoch. */
  date_posted: v.number(),
});

type Listing = v.InferOutput<typeof ListingSchema>;

/**
 * Why a raw record is left out before its schema runs: hidden or closed listings are not shown whatever
 * else they hold (most of `listings.json` is closed postings, so this also saves validating them).
 */
function skipReason(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { is_visible: visible, active } = record as { is_visible?: unknown; active?: unknown };
  if (visible === false) return 'hidden listing (is_visible: false)';
  if (active === false) return 'closed posting (active: false)';
  return undefined;
}

function toJob(listing: Listing) {
  return jobCandidate({
    id: listing.id,
    title: listing.title,
    company: listing.company_name,
    companyUrl: listing.company_url,
    url: listing.url,
    location: joinLocations(listing.locations),
    workplace: () => ({ text: listing.locations }),
    postedAt: listing.date_posted,
  });
}

/**
 * Turns listings into job candidates. Hidden records (`is_visible: false`, which the SimplifyJobs
 * READMEs do not show) and closed postings (`active: false`; a job list shows open jobs) are skipped
 * and counted by reason. A record that fails the listing schema is rejected with its index, field and reason.
 */
export function readListings(payload: unknown, where: string, context: SourceContext): SourceResult {
  if (!Array.isArray(payload)) throw new SourceError(`${where}: expected a JSON array of listings`);
  return mapListings(payload, context);
}

const mapListings = (listings: Iterable<unknown>, context: SourceContext) =>
  mapRecords(context, ListingSchema, listings, toJob, { skipRaw: skipReason });

async function loadListings(options: SimplifyOptions, context: SourceContext): Promise<SourceResult> {
  if (options.url) return readListings(await context.http.json(options.url), options.url, context);
  const shown = options.path ?? '';
  const bytes = await readSourceBytes(shown, context);
  // Listing by listing: a 300 MB file is never one string, nor one array of objects.
  const listings = jsonArrayElements(bytes, shown);
  if (listings) return mapListings(listings, context);
  let payload: unknown;
  try {
    payload = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new SourceError(`${shown}: invalid JSON (${(error as Error).message})`);
  }
  return readListings(payload, shown, context);
}

/**
 * The `simplify` source `{ type: 'simplify', path | url, name? }`: the SimplifyJobs `listings.json`
 * schema. Visible, open postings become jobs (locations joined with `; `, `date_posted` in seconds,
 * remote when a location says so); its id is `simplify` (or `simplify:<name>`), job ids are the listing ids.
 */
export const simplifySource: SourceAdapter<typeof SimplifyOptionsSchema> = {
  type: 'simplify',
  options: SimplifyOptionsSchema,
  id: (options) => (options.name ? `simplify:${options.name}` : 'simplify'),
  fetch: loadListings,
};
