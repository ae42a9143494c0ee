import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { joinLocations } from '../adapter/location.ts';
import { paginate } from '../adapter/paginate.ts';
import { entriesOf, OptionalTextSchema, parseEnvelope, RawValueSchema } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const HimalayasOptionsSchema = sourceOptions('himalayas', 'https://himalayas.app', {
  /** The newest jobs to keep: the feed holds ~100,000 and serves 20 a request. */
  maxJobs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 500),
});

/** Jobs asked for per request (the API serves at most 20, whatever is asked). */
const PAGE_SIZE = 20;

/** A location restriction: a country name, or an object with one in newer payloads. */
const LocationRestrictionSchema = v.union([
  v.string(),
  v.pipe(
    v.looseObject({ name: v.string() }),
    v.transform((country) => country.name),
  ),
]);

/** One job of `GET /jobs/api` (unknown keys tolerated); `guid` is its job page and its id. */
const HimalayasJobSchema = v.looseObject({
  guid: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  title: v.string(),
  locationRestrictions: v.nullish(v.array(LocationRestrictionSchema), []),
  ...entriesOf(OptionalTextSchema, ['companyName', 'applicationLink', 'description', 'excerpt']),
  ...entriesOf(RawValueSchema, ['minSalary', 'maxSalary', 'currency', 'salaryPeriod', 'pubDate']),
});

type HimalayasJob = v.InferOutput<typeof HimalayasJobSchema>;

/** One page: `jobs` plus the offset bookkeeping (`totalCount` counts the whole feed). */
const HimalayasPageSchema = v.looseObject({
  jobs: v.array(v.unknown()),
  totalCount: v.optional(v.number()),
});

/** `https://himalayas.app/companies/acme/jobs/engineer-42` → `acme/engineer-42`; other guids unchanged. */
function idFromGuid(guid: string): string {
  const path = URL.canParse(guid) ? new URL(guid).pathname : '';
  const match = /^\/companies\/([^/]+)\/jobs\/([^/]+)\/?$/u.exec(path);
  return match ? `${match[1]}/${match[2]}` : guid;
}

function toJob(job: HimalayasJob) {
  return jobCandidate({
    id: idFromGuid(job.guid),
    title: job.title,
    company: job.companyName,
    url: job.guid.startsWith('http') ? job.guid : job.applicationLink,
    location: joinLocations(job.locationRestrictions),
    // Himalayas lists remote jobs only; a title that says hybrid is believed.
    workplace: ({ title }) => ({ text: title, fallback: 'remote' }),
    postedAt: job.pubDate,
    salary: { min: job.minSalary, max: job.maxSalary, currency: job.currency, period: job.salaryPeriod },
    description: [job.description, job.excerpt],
  });
}

/**
 * Himalayas (`GET https://himalayas.app/jobs/api?limit=20&offset=N`): remote jobs, newest first, read
 * offset by offset up to `maxJobs`. Dates are epoch seconds; salaries come with a currency and a
 * period (`annual`, `hourly`); location restrictions (countries) become the location.
 */
export const himalayasSource = recordSource(HimalayasOptionsSchema, HimalayasJobSchema, {
  id: () => 'himalayas',
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/jobs/api');
    const raw = await paginate(
      async ({ offset }) => {
        const limit = Math.min(PAGE_SIZE, options.maxJobs - offset);
        const body = parseEnvelope(
          HimalayasPageSchema,
          await context.http.json(url, { query: { limit, offset } }),
          `${url}?offset=${offset}`,
        );
        return { items: body.jobs, total: Math.min(body.totalCount ?? options.maxJobs, options.maxJobs) };
      },
      { pageSize: PAGE_SIZE },
    );
    return raw.slice(0, options.maxJobs);
  },
  toJob,
});
