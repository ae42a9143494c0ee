import type { JobInput } from '@joblist/core-model';
import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { joinLocationParts, joinLocations } from '../adapter/location.ts';
import { mapRecords, skip } from '../adapter/map-records.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';
import { workplaceFrom } from '../normalise/workplace.ts';
import type { SourceAdapter, SourceContext, SourceResult } from '../types.ts';

const WorkableOptionsSchema = sourceOptions('workable', 'https://apply.workable.com', {
  /** The account subdomain, as in `apply.workable.com/<account>`. */
  account: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

/** One job of `GET /api/v1/widget/accounts/{account}?details=true`; unknown keys tolerated. */
const WorkableJobSchema = v.looseObject({
  shortcode: RawIdSchema,
  title: v.string(),
  url: OptionalTextSchema,
  shortlink: OptionalTextSchema,
  telecommuting: v.nullish(v.boolean()),
  workplace: OptionalTextSchema,
  published_on: OptionalTextSchema,
  created_at: OptionalTextSchema,
  city: OptionalTextSchema,
  state: OptionalTextSchema,
  country: OptionalTextSchema,
  locations: v.nullish(
    v.array(
      v.looseObject({
        city: OptionalTextSchema,
        region: OptionalTextSchema,
        country: OptionalTextSchema,
        hidden: v.nullish(v.boolean()),
      }),
    ),
  ),
  description: OptionalTextSchema,
});

const WorkableResponseSchema = v.looseObject({ name: OptionalTextSchema, jobs: v.array(v.unknown()) });

type WorkableJob = v.InferOutput<typeof WorkableJobSchema>;

/**
 * The visible entries of `locations[]`. The top-level city/state/country repeat the first entry, so
 * they are read only when the job lists no locations at all: a location the employer hid stays hidden.
 */
function locationOf(job: WorkableJob): string {
  const listed = job.locations ?? [];
  if (listed.length === 0) return joinLocationParts([job.city, job.state, job.country]);
  const visible = listed.filter((location) => !location.hidden);
  return joinLocations(
    visible.map((location) => joinLocationParts([location.city, location.region, location.country])),
  );
}

function toJob(job: WorkableJob, company: readonly unknown[]): JobInput {
  const place = locationOf(job);
  const hints = { type: job.workplace, remote: job.telecommuting, text: place };
  return jobCandidate({
    id: job.shortcode,
    title: job.title,
    company,
    url: [job.url, job.shortlink],
    // Every location hidden: a remote job still says so, an on-site one shows no place.
    location: place || (workplaceFrom(hints) === 'remote' ? 'Remote' : ''),
    workplace: () => hints,
    postedAt: [job.published_on, job.created_at],
    description: job.description,
  });
}

/** Why a record is not a job of its own: the widget lists a job once per country, under one shortcode. */
export const WORKABLE_MERGED = 'job listed again for another location (merged into its first listing)';

/**
 * The jobs of the widget's records; a job listed once per country (same shortcode) is kept once with
 * all its locations, each further listing counted as a {@link WORKABLE_MERGED} skip.
 */
function jobsOf(
  records: readonly unknown[],
  company: readonly unknown[],
  context: SourceContext,
): SourceResult {
  const firstListings = new Map<string, JobInput>();
  return mapRecords(context, WorkableJobSchema, records, (record) => {
    const job = toJob(record, company);
    const first = firstListings.get(job.id);
    if (!first) {
      firstListings.set(job.id, job);
      return job;
    }
    first.location = joinLocations([first.location, job.location]);
    return skip(WORKABLE_MERGED);
  });
}

/**
 * Workable public widget API (`{ type: 'workable', account }`): every published job of an account in
 * one response, with descriptions. Jobs listed once per location are merged into one.
 */
export const workableSource: SourceAdapter<typeof WorkableOptionsSchema> = {
  type: 'workable',
  options: WorkableOptionsSchema,
  id: (options) => `workable:${options.account}`,
  async fetch(options, context) {
    const url = endpoint(options.baseUrl, `/api/v1/widget/accounts/${encodeURIComponent(options.account)}`);
    const payload = await context.http.json(url, { query: { details: true } });
    const envelope = parseEnvelope(WorkableResponseSchema, payload, url);
    return jobsOf(envelope.jobs, [envelope.name, options.account], context);
  },
};
