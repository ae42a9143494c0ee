import type { JobInput } from '@joblist/core-model';
import * as v from 'valibot';
import { joinLocationParts, joinLocations } from '../_utils/location.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { extractSkills } from '../normalize/skills.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import type { SourceAdapter } from '../types.ts';

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

/** The widget lists a job once per country (same shortcode); keeps one job with all its locations. */
function mergeByShortcode(jobs: readonly JobInput[]): JobInput[] {
  const merged = new Map<string, JobInput>();
  for (const job of jobs) {
    const seen = merged.get(job.id);
    merged.set(job.id, seen ? { ...seen, location: joinLocations([seen.location, job.location]) } : job);
  }
  return [...merged.values()];
}

/**
 * Workable public widget API (`{ type: 'workable', account }`): every published job of an account in
 * one response, with descriptions. Jobs listed once per location are merged into one.
 */
export const workableSource: SourceAdapter<typeof WorkableOptionsSchema> = {
  type: 'workable',
  options: WorkableOptionsSchema,
  id: (options) => `workable:${options.account}`,
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, `/api/v1/widget/accounts/${encodeURIComponent(options.account)}`);
    const payload = await http.json(url, { query: { details: true } });
    const envelope = parseEnvelope(WorkableResponseSchema, payload, url);
    const company = cleanText(envelope.name) || options.account;
    const { records, rejected } = readRecords(WorkableJobSchema, envelope.jobs);
    const jobs = records.map(({ record: job }): JobInput => {
      const title = cleanText(job.title);
      const description = cleanDescription(job.description);
      const place = locationOf(job);
      const workplace = workplaceFrom({ type: job.workplace, remote: job.telecommuting, text: place });
      // Every location hidden: a remote job still says so, an on-site one shows no place.
      const location = place || (workplace === 'remote' ? 'Remote' : '');
      return {
        id: job.shortcode,
        title,
        company: { name: company },
        url: (job.url ?? job.shortlink ?? '').trim(),
        location,
        workplace,
        postedAt: parseDate(job.published_on) ?? parseDate(job.created_at) ?? '',
        skills: extractSkills({ title, description }),
        description,
      };
    });
    return { jobs: mergeByShortcode(jobs), rejected };
  },
};
