import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { cleanLocation, joinLocationParts } from '../adapter/location.ts';
import { mapRecords } from '../adapter/map-records.ts';
import { paginate } from '../adapter/paginate.ts';
import { entriesOf, OptionalTextSchema, parseEnvelope, RawIdSchema } from '../adapter/raw-payload.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';
import type { HttpClient, SourceAdapter } from '../types.ts';

/** The largest page the Posting API serves. */
const PAGE_SIZE = 100;

const SmartRecruitersOptionsSchema = sourceOptions('smartrecruiters', 'https://api.smartrecruiters.com', {
  /** The company identifier, as in `jobs.smartrecruiters.com/<company>`. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  /** Fetch each posting's details for its description (one request per posting); on by default. */
  details: v.optional(v.boolean(), true),
});

/** One posting of `GET /v1/companies/{company}/postings`; unknown keys tolerated. */
const PostingSchema = v.looseObject({
  id: RawIdSchema,
  name: v.string(),
  releasedDate: OptionalTextSchema,
  company: v.nullish(v.looseObject({ identifier: OptionalTextSchema, name: OptionalTextSchema })),
  location: v.nullish(
    v.looseObject({
      ...entriesOf(OptionalTextSchema, ['city', 'region', 'country', 'fullLocation']),
      ...entriesOf(v.nullish(v.boolean()), ['remote', 'hybrid']),
    }),
  ),
});

const PostingListSchema = v.looseObject({
  totalFound: v.nullish(v.number()),
  content: v.array(v.unknown()),
});

/** `GET /v1/companies/{company}/postings/{id}`: the job page URL and the job ad's HTML sections. */
const PostingDetailSchema = v.looseObject({
  postingUrl: OptionalTextSchema,
  jobAd: v.nullish(
    v.looseObject({
      sections: v.nullish(
        v.record(
          v.string(),
          v.nullish(v.looseObject({ title: OptionalTextSchema, text: OptionalTextSchema })),
        ),
      ),
    }),
  ),
});

type PostingDetail = v.InferOutput<typeof PostingDetailSchema>;

/** The job ad's sections (company, job, qualifications, additional information) as one HTML document. */
function descriptionHtml(detail: PostingDetail | undefined): string {
  const sections = Object.values(detail?.jobAd?.sections ?? {});
  return sections
    .filter((section) => section?.text?.trim())
    .map((section) => `<h3>${section?.title ?? ''}</h3>${section?.text ?? ''}`)
    .join('\n');
}

/**
 * The details of a listed posting, or `undefined` when they cannot be read or the listing itself is
 * invalid: a posting closed between the list and the detail request keeps its listing data rather
 * than failing the whole source.
 */
async function fetchDetail(
  http: HttpClient,
  postingsUrl: string,
  posting: unknown,
): Promise<PostingDetail | undefined> {
  const listed = v.safeParse(PostingSchema, posting);
  if (!listed.success) return undefined;
  try {
    const payload = await http.json(`${postingsUrl}/${encodeURIComponent(listed.output.id)}`);
    const detail = v.safeParse(PostingDetailSchema, payload);
    return detail.success ? detail.output : undefined;
  } catch {
    return undefined;
  }
}

async function fetchPostings(http: HttpClient, postingsUrl: string) {
  return paginate(
    async ({ offset }) => {
      const payload = await http.json(postingsUrl, { query: { limit: PAGE_SIZE, offset } });
      const page = parseEnvelope(PostingListSchema, payload, postingsUrl);
      return { items: page.content, total: page.totalFound ?? undefined };
    },
    { pageSize: PAGE_SIZE },
  );
}

type Posting = v.InferOutput<typeof PostingSchema>;

function toJob(posting: Posting, detail: PostingDetail | undefined, company: string) {
  const place = posting.location;
  const companyId = posting.company?.identifier ?? company;
  return jobCandidate({
    id: posting.id,
    title: posting.name,
    company: [posting.company?.name, company],
    url: [
      detail?.postingUrl,
      `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${posting.id}`,
    ],
    location:
      cleanLocation(place?.fullLocation) ||
      joinLocationParts([place?.city, place?.region, place?.country?.toUpperCase()]),
    workplace: ({ location }) => ({
      type: place?.hybrid ? 'hybrid' : undefined,
      remote: place?.remote,
      text: location,
    }),
    postedAt: posting.releasedDate,
    description: descriptionHtml(detail),
  });
}

/**
 * SmartRecruiters Posting API (`{ type: 'smartrecruiters', company, details? }`): the company's public
 * postings, paged by offset, then each posting's details for its description and job page URL.
 */
export const smartrecruitersSource: SourceAdapter<typeof SmartRecruitersOptionsSchema> = {
  type: 'smartrecruiters',
  options: SmartRecruitersOptionsSchema,
  id: (options) => `smartrecruiters:${options.company}`,
  async fetch(options, context) {
    const { http } = context;
    const postingsUrl = endpoint(
      options.baseUrl,
      `/v1/companies/${encodeURIComponent(options.company)}/postings`,
    );
    const postings = await fetchPostings(http, postingsUrl);
    const details = options.details
      ? await Promise.all(postings.map((posting) => fetchDetail(http, postingsUrl, posting)))
      : [];
    return mapRecords(context, PostingSchema, postings, (posting, index) =>
      toJob(posting, details[index], options.company),
    );
  },
};
