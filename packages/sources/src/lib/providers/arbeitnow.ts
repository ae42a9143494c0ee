import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { paginate } from '../adapter/paginate.ts';
import { LooseStringListSchema, OptionalTextSchema, parseEnvelope } from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const ArbeitnowOptionsSchema = sourceOptions('arbeitnow', 'https://www.arbeitnow.com', {});

/** Jobs per page as the API serves them. */
const PAGE_SIZE = 100;

/** One job of `GET /api/job-board-api` (unknown keys tolerated); the slug is its only id. */
const ArbeitnowJobSchema = v.looseObject({
  slug: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  title: v.string(),
  company_name: OptionalTextSchema,
  location: OptionalTextSchema,
  description: OptionalTextSchema,
  remote: v.optional(v.unknown()),
  url: v.string(),
  tags: LooseStringListSchema,
  created_at: v.optional(v.unknown()),
});

type ArbeitnowJob = v.InferOutput<typeof ArbeitnowJobSchema>;

/** One page: `data` plus `links.next` while more pages follow (`meta` is ignored). */
const ArbeitnowPageSchema = v.looseObject({
  data: v.array(v.unknown()),
  links: v.nullish(v.looseObject({ next: OptionalTextSchema })),
});

function toJob(job: ArbeitnowJob) {
  const { slug, title, url, location, remote, tags, description } = job;
  return jobCandidate({
    id: slug,
    title,
    company: job.company_name,
    url,
    location,
    workplace: (cleaned) => ({ remote, text: [cleaned.location, cleaned.title] }),
    postedAt: job.created_at,
    tags,
    description,
  });
}

/**
 * Arbeitnow (`GET https://www.arbeitnow.com/api/job-board-api?page=N`): European, mostly German jobs,
 * 100 a page, followed while `links.next` is set. Ids are the job slugs; `created_at` is epoch seconds;
 * no salaries are published.
 */
export const arbeitnowSource = recordSource(ArbeitnowOptionsSchema, ArbeitnowJobSchema, {
  id: () => 'arbeitnow',
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/api/job-board-api');
    return paginate(
      async ({ page }) => {
        const body = parseEnvelope(
          ArbeitnowPageSchema,
          await context.http.json(url, { query: { page } }),
          `${url}?page=${page}`,
        );
        // Pages known so far: one more while `links.next` points further.
        return { items: body.data, pages: body.links?.next ? page + 1 : page };
      },
      { pageSize: PAGE_SIZE, firstPage: 1 },
    );
  },
  toJob,
});
