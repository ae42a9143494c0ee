import type { JobInput } from '@joblist/core-model';
import * as v from 'valibot';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { parseSalary } from '../normalize/salary.ts';
import { extractSkills } from '../normalize/skills.ts';
import { cleanDescription } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import { type SourceAdapter, SourceError, type SourceResult } from '../types.ts';

const HnOptionsSchema = sourceOptions('hn-whoishiring', 'https://hn.algolia.com', {
  /** The id of the month's "Ask HN: Who is hiring?" story, e.g. `48747976`. */
  storyId: v.pipe(
    v.union([v.pipe(v.number(), v.integer()), v.pipe(v.string(), v.regex(/^\d+$/u, 'must be a number'))]),
    v.transform(Number),
    v.minValue(1),
  ),
});

/** Comments per request, the most Algolia serves in one page. */
const HITS_PER_PAGE = 1000;

/** Requests after which a thread is abandoned as a runaway (a thread has a few thousand comments at most). */
const MAX_REQUESTS = 20;

/** One comment hit of `GET /api/v1/search_by_date` (unknown keys tolerated). */
const HnCommentSchema = v.looseObject({
  objectID: RawIdSchema,
  parent_id: v.optional(v.unknown()),
  comment_text: OptionalTextSchema,
  created_at: v.optional(v.unknown()),
  created_at_i: v.optional(v.unknown()),
});

type HnComment = v.InferOutput<typeof HnCommentSchema>;

/** One page of hits (Algolia's counters are not needed). */
const HnPageSchema = v.looseObject({ hits: v.array(v.unknown()) });

/** The header of a hiring post, `Company | Title | Location | Type | Salary`, split into its meaning. */
export interface HiringHeader {
  company: string;
  /** The role; several roles listed in a row are joined with ` / `. */
  title: string;
  /** The first part that is neither a role, an employment type, a salary nor a link; `''` when none. */
  location: string;
  /** The first part that states an amount, `''` when none. */
  salary: string;
  /** Every part after the company and the roles, for reading remote / hybrid / onsite. */
  details: string[];
}

const LINK = /https?:\/\/|\bwww\.|\.(?:com|io|ai|co|dev|org|net|app|so|xyz)\b/iu;
const SALARY = /[$€£¥₹]|\b\d+(?:[.,]\d+)?\s?k\b|\bsalary\b|\bcompensation\b|\b(?:usd|eur|gbp|cad|chf)\b/iu;
const EMPLOYMENT =
  /\b(?:full[\s-]?time|part[\s-]?time|contract(?:or)?s?|permanent|freelance|intern(?:ship)?s?|temporary|equity|visa|sponsorship|relocation)\b/iu;
const ROLE =
  /\b(?:engineer|developer|specialist|manager|designer|scientist|lead|advocate|architect|analyst|sre|devops|director|researcher|administrator|consultant|recruiter|programmer|head of|vp|cto|founder|technician|writer|marketer|accountant|counsel)/iu;

const isOther = (part: string) => LINK.test(part) || SALARY.test(part) || EMPLOYMENT.test(part);
const isRole = (part: string) => ROLE.test(part) && !isOther(part);

/** Longest company and title accepted: a longer first part is prose that happens to contain a `|`. */
const MAX_COMPANY = 80;
const MAX_TITLE = 150;

/**
 * Reads the first line of a "Who is hiring?" comment as `Company | Title | Location | ...` (the thread's
 * convention; the order after the title varies). Returns `undefined` when the line is not such a header.
 */
export function parseHiringHeader(line: string): HiringHeader | undefined {
  const parts = line
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  const [company, firstRole, ...rest] = parts;
  if (!company || !firstRole || company.length > MAX_COMPANY) return undefined;
  const roles = [firstRole];
  while (rest[0] !== undefined && isRole(rest[0])) roles.push(rest.shift() as string);
  const title = roles.join(' / ');
  if (title.length > MAX_TITLE) return undefined;
  return {
    company,
    title,
    location: rest.find((part) => !isOther(part) && !isRole(part)) ?? '',
    salary: rest.find((part) => SALARY.test(part)) ?? '',
    details: rest,
  };
}

/** `created_at_i` (epoch seconds) of a hit, else its `created_at`, for walking back in time. */
function secondsOf(hit: HnComment): number | undefined {
  if (typeof hit.created_at_i === 'number') return hit.created_at_i;
  const iso = parseDate(hit.created_at);
  return iso === undefined ? undefined : Date.parse(iso) / 1000;
}

/** The creation second of the oldest readable hit of a page, where the next request starts. */
function oldestSecond(hits: readonly unknown[]): number | undefined {
  const seconds = readRecords(HnCommentSchema, hits)
    .records.map(({ record }) => secondsOf(record))
    .filter((second) => second !== undefined);
  return seconds.length > 0 ? Math.min(...seconds) : undefined;
}

function toJob(comment: HnComment, header: HiringHeader, description: string): JobInput {
  return {
    id: comment.objectID,
    title: header.title,
    company: { name: header.company },
    url: `https://news.ycombinator.com/item?id=${comment.objectID}`,
    location: header.location,
    workplace: workplaceFrom({ text: header.details }),
    postedAt: parseDate(comment.created_at) ?? parseDate(comment.created_at_i) ?? '',
    salary: header.salary ? parseSalary({ text: header.salary }) : undefined,
    skills: extractSkills({ title: header.title, description }),
    description,
  };
}

/** The job a top-level comment of the thread posts, or `undefined` for replies, deletions and chatter. */
function jobOf(comment: HnComment, storyId: number): JobInput | undefined {
  if (Number(comment.parent_id) !== storyId) return undefined;
  const description = cleanDescription(comment.comment_text);
  const header = description && parseHiringHeader(description.split('\n')[0] ?? '');
  return header ? toJob(comment, header, description) : undefined;
}

/** The jobs among a thread's comment hits, each comment once, with the hits that failed their schema. */
function jobsOf(hits: readonly unknown[], storyId: number): SourceResult {
  const { records, rejected } = readRecords(HnCommentSchema, hits);
  const unique = new Map(records.map(({ record }) => [record.objectID, record]));
  return { jobs: [...unique.values()].flatMap((comment) => jobOf(comment, storyId) ?? []), rejected };
}

/**
 * Hacker News "Ask HN: Who is hiring?" (`GET https://hn.algolia.com/api/v1/search_by_date?tags=comment,story_<id>`).
 * Comments are read newest first, 1,000 a request, walking back by `created_at_i` past Algolia's
 * 1,000-hit page limit. Each top-level comment whose first line is `Company | Title | Location | ...`
 * becomes a job (the comment is its description and its HN page its url); replies, deleted comments and
 * posts without such a header are skipped, not rejected.
 */
export const hnWhoishiringSource: SourceAdapter<typeof HnOptionsSchema> = {
  type: 'hn-whoishiring',
  options: HnOptionsSchema,
  id: (options) => `hn-whoishiring:${options.storyId}`,
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, '/api/v1/search_by_date');
    const hits: unknown[] = [];
    let before: number | undefined;
    for (let request = 0; request < MAX_REQUESTS; request++) {
      const query = {
        tags: `comment,story_${options.storyId}`,
        hitsPerPage: HITS_PER_PAGE,
        numericFilters: before === undefined ? undefined : `created_at_i<=${before}`,
      };
      const page = parseEnvelope(HnPageSchema, await http.json(url, { query }), url);
      hits.push(...page.hits);
      // A full page: ask again for comments up to the oldest second seen (duplicates are dropped).
      const oldest = page.hits.length < HITS_PER_PAGE ? undefined : oldestSecond(page.hits);
      if (oldest === undefined || oldest === before) return jobsOf(hits, options.storyId);
      before = oldest;
    }
    throw new SourceError(`${url}: more than ${MAX_REQUESTS} pages of comments`);
  },
};
