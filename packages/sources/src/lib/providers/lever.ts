import type { JobInput } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import { joinLocations } from '../_utils/location.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { parseSalary } from '../normalize/salary.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import type { SourceAdapter } from '../types.ts';

const LeverOptionsSchema = sourceOptions('lever', 'https://api.lever.co', {
  /** The Lever site, as in `jobs.lever.co/<site>`. */
  site: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  /** The employer's display name; the Postings API does not send one. */
  company: v.pipe(v.string(), v.trim(), v.nonEmpty()),
});

/** One posting of `GET /v0/postings/{site}?mode=json`; unknown keys tolerated. */
const LeverPostingSchema = v.looseObject({
  id: RawIdSchema,
  text: v.string(),
  hostedUrl: v.string(),
  createdAt: v.nullish(v.union([v.number(), v.string()])),
  workplaceType: OptionalTextSchema,
  categories: v.nullish(
    v.looseObject({
      location: OptionalTextSchema,
      allLocations: v.nullish(v.array(v.string())),
    }),
  ),
  description: OptionalTextSchema,
  lists: v.nullish(v.array(v.looseObject({ text: OptionalTextSchema, content: OptionalTextSchema }))),
  additional: OptionalTextSchema,
  salaryRange: v.nullish(
    v.looseObject({
      interval: OptionalTextSchema,
      currency: OptionalTextSchema,
      min: v.unknown(),
      max: v.unknown(),
    }),
  ),
  tags: v.nullish(v.array(v.string())),
});

type LeverPosting = v.InferOutput<typeof LeverPostingSchema>;

/** The posting's sections as one HTML document: opening, each titled list, closing. */
function descriptionHtml(posting: LeverPosting): string {
  const lists = (posting.lists ?? []).map(
    (list) => `<h3>${list.text ?? ''}</h3><ul>${list.content ?? ''}</ul>`,
  );
  return [posting.description ?? '', ...lists, posting.additional ?? ''].join('\n');
}

function salaryOf(range: LeverPosting['salaryRange']) {
  // A `one-time` amount is a bonus or stipend, not a salary.
  if (!range || range.interval === 'one-time') return undefined;
  return parseSalary({ min: range.min, max: range.max, currency: range.currency, period: range.interval });
}

/**
 * Lever Postings API (`{ type: 'lever', site, company }`): every published posting of a site in one
 * response (a bare array), with HTML description sections and optional salary ranges.
 */
export const leverSource: SourceAdapter<typeof LeverOptionsSchema> = {
  type: 'lever',
  options: LeverOptionsSchema,
  id: (options) => `lever:${options.site}`,
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, `/v0/postings/${encodeURIComponent(options.site)}`);
    const payload = await http.json(url, { query: { mode: 'json' } });
    const postings = parseEnvelope(v.array(v.unknown()), payload, url);
    const { records, rejected } = readRecords(LeverPostingSchema, postings);
    const jobs = records.map(({ record: posting }): JobInput => {
      const title = cleanText(posting.text);
      const description = cleanDescription(descriptionHtml(posting));
      const allLocations = joinLocations(posting.categories?.allLocations ?? []);
      const location = allLocations || cleanText(posting.categories?.location);
      return {
        id: posting.id,
        title,
        company: { name: options.company },
        url: posting.hostedUrl.trim(),
        location,
        workplace: workplaceFrom({ type: posting.workplaceType, text: location }),
        postedAt: parseDate(posting.createdAt) ?? '',
        salary: salaryOf(posting.salaryRange),
        skills: extractSkills({ tags: posting.tags ?? [], title, description }),
        description,
      };
    });
    return { jobs, rejected };
  },
};
