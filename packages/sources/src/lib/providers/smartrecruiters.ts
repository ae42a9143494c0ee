import type { JobInput } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import { joinLocationParts } from '../_utils/location.ts';
import { paginate } from '../_utils/paginate.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
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
      city: OptionalTextSchema,
      region: OptionalTextSchema,
      country: OptionalTextSchema,
      fullLocation: OptionalTextSchema,
      remote: v.nullish(v.boolean()),
      hybrid: v.nullish(v.boolean()),
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

/**
 * SmartRecruiters Posting API (`{ type: 'smartrecruiters', company, details? }`): the company's public
 * postings, paged by offset, then each posting's details for its description and job page URL.
 */
export const smartrecruitersSource: SourceAdapter<typeof SmartRecruitersOptionsSchema> = {
  type: 'smartrecruiters',
  options: SmartRecruitersOptionsSchema,
  id: (options) => `smartrecruiters:${options.company}`,
  async fetch(options, { http }) {
    const postingsUrl = endpoint(
      options.baseUrl,
      `/v1/companies/${encodeURIComponent(options.company)}/postings`,
    );
    const postings = await fetchPostings(http, postingsUrl);
    const details = options.details
      ? await Promise.all(postings.map((posting) => fetchDetail(http, postingsUrl, posting)))
      : [];
    const { records, rejected } = readRecords(PostingSchema, postings);
    const jobs = records.map(({ record: posting, index }): JobInput => {
      const detail = details[index];
      const title = cleanText(posting.name);
      const description = cleanDescription(descriptionHtml(detail));
      const place = posting.location;
      const location =
        cleanText(place?.fullLocation) ||
        joinLocationParts([place?.city, place?.region, place?.country?.toUpperCase()]);
      const companyId = posting.company?.identifier ?? options.company;
      return {
        id: posting.id,
        title,
        company: { name: cleanText(posting.company?.name) || options.company },
        url:
          detail?.postingUrl?.trim() ||
          `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${posting.id}`,
        location,
        workplace: workplaceFrom({
          type: place?.hybrid ? 'hybrid' : undefined,
          remote: place?.remote,
          text: location,
        }),
        postedAt: parseDate(posting.releasedDate) ?? '',
        skills: extractSkills({ title, description }),
        description,
      };
    });
    return { jobs, rejected };
  },
};
