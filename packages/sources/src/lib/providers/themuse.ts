import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { joinLocations } from '../adapter/location.ts';
import { paginate } from '../adapter/paginate.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const TheMuseOptionsSchema = sourceOptions('themuse', 'https://www.themuse.com', {
  /** A Muse category, e.g. `Software Engineering`; all categories when absent. */
  category: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())),
  /** Pages of 20 jobs to read at most (the API serves at most 100). */
  pages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 10),
});

/** Jobs per page as the API serves them. */
const PAGE_SIZE = 20;

/** `[{ name }]` lists (locations, categories) as their names. */
const NamedListSchema = v.pipe(
  v.nullish(v.array(v.looseObject({ name: v.string() })), []),
  v.transform((items) => items.map((item) => item.name)),
);

/** One job of `GET /api/public/jobs` (unknown keys tolerated). */
const TheMuseJobSchema = v.looseObject({
  id: RawIdSchema,
  name: v.string(),
  contents: OptionalTextSchema,
  publication_date: v.optional(v.unknown()),
  locations: NamedListSchema,
  company: v.nullish(v.looseObject({ name: OptionalTextSchema })),
  refs: v.looseObject({ landing_page: v.string() }),
});

type TheMuseJob = v.InferOutput<typeof TheMuseJobSchema>;

/** One page: `results` and `page_count` among counters and aggregations. */
const TheMusePageSchema = v.looseObject({
  results: v.array(v.unknown()),
  page_count: v.optional(v.number()),
});

function toJob(job: TheMuseJob) {
  return jobCandidate({
    id: job.id,
    title: job.name,
    company: job.company?.name,
    url: job.refs.landing_page,
    location: joinLocations(job.locations),
    // The Muse says remote through its locations ("Flexible / Remote").
    workplace: ({ title, location }) => ({ text: [location, title] }),
    postedAt: job.publication_date,
    description: job.contents,
  });
}

/**
 * The Muse (`GET https://www.themuse.com/api/public/jobs?page=N&category=`): 20 jobs a page, read from
 * page 0 up to `pages` or the reported `page_count`. Several locations are joined with `; `.
 */
export const themuseSource = recordSource(TheMuseOptionsSchema, TheMuseJobSchema, {
  id: (options) => `themuse:${options.category ?? 'all'}`,
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/api/public/jobs');
    return paginate(
      async ({ page }) => {
        const query = { page, category: options.category };
        const body = parseEnvelope(
          TheMusePageSchema,
          await context.http.json(url, { query }),
          `${url}?page=${page}`,
        );
        return { items: body.results, pages: Math.min(body.page_count ?? options.pages, options.pages) };
      },
      { pageSize: PAGE_SIZE },
    );
  },
  toJob,
});
