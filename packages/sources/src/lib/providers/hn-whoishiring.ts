import type { JobInput } from '@joblist/core-model';
import * as v from 'valibot';
import { jobCandidate } from '../adapter/job-candidate.ts';
import { checkRecordCount, mapRecords, type Skip, skip } from '../adapter/map-records.ts';
import { OptionalTextSchema, parseEnvelope, RawIdSchema, readRecords } from '../adapter/raw-payload.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';
import { parseDate } from '../normalise/date.ts';
import { parseSalary } from '../normalise/salary.ts';
import { cleanDescription, cleanText } from '../normalise/text.ts';
import { type SourceAdapter, type SourceContext, SourceError, type SourceResult } from '../types.ts';

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

/** What one `|` part of a hiring header is. */
export type HeaderPartKind =
  | 'url'
  | 'salary'
  | 'role'
  | 'visa'
  | 'employment'
  | 'workplace'
  | 'other'
  | 'location';

/** The header of a hiring post, `Company | Title | Location | Type | Salary`, split into its meaning. */
export interface HiringHeader {
  company: string;
  /** The roles, from every part that names one, joined with ` / `; `''` when no part does. */
  title: string;
  /** The first part that is a place, else the first that states a workplace (`Remote (US)`); `''` when none. */
  location: string;
  /** The first part that is a salary (`$120-$130k CAD`, `Salary: …`), `''` when none. */
  salary: string;
  /** The parts about visas (`Visa sponsorship`, `No visa`), in order. */
  visa: string[];
  /** Every part after the company, for reading remote / hybrid / onsite. */
  details: string[];
}

const LINK = /https?:\/\/|\bwww\.|\.(?:com|io|ai|co|dev|org|net|app|so|xyz|tech|de|uk|eu)\b/iu;
const VISA = /\bvisas?\b|\bsponsor(?:ship)?\b|\brelocation\b/iu;
const EMPLOYMENT =
  /\b(?:full[\s-]?time|part[\s-]?time|contract(?:or)?s?|permanent|freelance|intern(?:ship)?s?|temporary|fte|w-?2|1099)\b/iu;
const WORKPLACE = /\b(?:remote|hybrid|on[\s-]?site|in[\s-]office|in[\s-]person|wfh|anywhere)\b/iu;
/** Parts that are about the company or the offer, not a place: `Series B`, `YC W21`, `Equity`. */
const OTHER =
  /\b(?:series [a-h]|seed|yc|y combinator|equity|benefits|funded|salary|compensation|pay|doe)\b/iu;
const ROLE =
  /\b(?:engineer(?:s|ing)?|developers?|specialists?|managers?|designers?|scientists?|leads?|advocates?|architects?|analysts?|sre|swe|sde|devops|directors?|researchers?|administrators?|consultants?|recruiters?|programmers?|head of|vp|cto|founding|technicians?|writers?|marketers?|accountants?|counsel|representatives?|executives?|coordinators?|operators?|associates?|product owner|interns?|full[\s-]?stack|front[\s-]?end|back[\s-]?end|roles|positions)\b/iu;

/** What a header part is; the checks run from the most specific to the least. */
export function headerPartKind(part: string): HeaderPartKind {
  if (LINK.test(part) && !/\s/u.test(part.trim())) return 'url';
  if (ROLE.test(part)) return 'role';
  if (parseSalary({ text: part }) !== undefined) return 'salary';
  if (VISA.test(part)) return 'visa';
  if (EMPLOYMENT.test(part)) return 'employment';
  if (WORKPLACE.test(part)) return 'workplace';
  if (OTHER.test(part) || LINK.test(part) || /[$\u20ac\u00a3\u00a5\u20b9]/u.test(part)) return 'other';
  return 'location';
}

/** Longest company and title accepted: a longer first part is prose that happens to contain a `|`. */
const MAX_COMPANY = 80;
const MAX_TITLE = 150;

/**
 * Reads the first line of a "Who is hiring?" comment as `Company | … | …`: the first part is the
 * company, every other part is classified ({@link headerPartKind}) wherever it stands, so a role after
 * a place or a link is still the title. Returns `undefined` when the line is not such a header.
 */
export function parseHiringHeader(line: string): HiringHeader | undefined {
  const [company, ...details] = line
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!company || details.length === 0 || company.length > MAX_COMPANY) return undefined;
  const kinds = details.map((part) => ({ part, kind: headerPartKind(part) }));
  const first = (kind: HeaderPartKind) => kinds.find((entry) => entry.kind === kind)?.part;
  const title = kinds
    .filter((entry) => entry.kind === 'role')
    .map((entry) => entry.part)
    .join(' / ');
  if (title.length > MAX_TITLE) return undefined;
  return {
    company,
    title,
    location: first('location') ?? first('workplace') ?? '',
    salary: first('salary') ?? '',
    visa: kinds.filter((entry) => entry.kind === 'visa').map((entry) => entry.part),
    details,
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

/** The job of a comment: its HTML is the description, whose text is also read for a salary. */
function toJob(comment: HnComment, header: HiringHeader, html: string, text: string): JobInput {
  return jobCandidate({
    id: comment.objectID,
    title: header.title,
    company: header.company,
    url: `https://news.ycombinator.com/item?id=${comment.objectID}`,
    location: header.location,
    workplace: () => ({ text: header.details }),
    postedAt: [comment.created_at, comment.created_at_i],
    salary: { text: header.salary, description: text },
    description: html,
    visa: header.visa,
  });
}

/** Why a hit is not a job; each reason is counted in the source's `skipped`. */
export const HN_SKIP_REASONS = {
  repeated: 'hit returned twice (paging overlap)',
  reply: 'reply, not a top-level post',
  deleted: 'deleted or dead comment (no text)',
  noHeader: 'no "Company | Role | …" header line',
  noRole: 'header names no role',
} as const;

/** The text HN leaves in place of a removed comment. */
const REMOVED = /^\[(?:deleted|dead|flagged)\]$/iu;

/**
 * The comment's first line, cut in the HTML (at the first `<p>`, `<br>` or line break) before it is
 * turned into text, so the header never runs into the prose after it.
 */
function headerLineOf(html: string): string {
  return cleanText(html.split(/<p\b|<br\b|\n/iu, 1)[0]);
}

/** The job a comment of the thread posts, or why it posts none. */
function jobOf(comment: HnComment, storyId: number): JobInput | Skip {
  if (Number(comment.parent_id) !== storyId) return skip(HN_SKIP_REASONS.reply);
  const html = comment.comment_text ?? '';
  const description = cleanDescription(html);
  if (description === undefined || REMOVED.test(description)) return skip(HN_SKIP_REASONS.deleted);
  const header = parseHiringHeader(headerLineOf(html));
  if (!header) return skip(HN_SKIP_REASONS.noHeader);
  if (!header.title) return skip(HN_SKIP_REASONS.noRole);
  return toJob(comment, header, html, description);
}

/**
 * The jobs among a thread's comment hits: every hit is a job, a rejection (it failed its schema) or
 * a skip counted by reason (a repeated hit, a reply, a deleted comment, no header, no role).
 */
function jobsOf(hits: readonly unknown[], storyId: number, context: SourceContext): SourceResult {
  const seen = new Set<string>();
  return mapRecords(context, HnCommentSchema, hits, (comment) => {
    if (seen.has(comment.objectID)) return skip(HN_SKIP_REASONS.repeated);
    seen.add(comment.objectID);
    return jobOf(comment, storyId);
  });
}

/**
 * Hacker News "Ask HN: Who is hiring?" (`GET https://hn.algolia.com/api/v1/search_by_date?tags=comment,story_<id>`).
 * Comments are read newest first, 1,000 a request, walking back by `created_at_i` past Algolia's
 * 1,000-hit page limit. Each top-level comment whose first line is `Company | Title | Location | ...`
 * becomes a job (the comment is its description and its HN page its url); every other hit is counted
 * in `skipped` with its reason (repeated, reply, deleted, no header, no role), or rejected when unreadable.
 */
export const hnWhoishiringSource: SourceAdapter<typeof HnOptionsSchema> = {
  type: 'hn-whoishiring',
  options: HnOptionsSchema,
  id: (options) => `hn-whoishiring:${options.storyId}`,
  async fetch(options, context) {
    const { http } = context;
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
      checkRecordCount(hits.length, context);
      // A full page: ask again for comments up to the oldest second seen (duplicates are dropped).
      const oldest = page.hits.length < HITS_PER_PAGE ? undefined : oldestSecond(page.hits);
      if (oldest === undefined || oldest === before) return jobsOf(hits, options.storyId, context);
      before = oldest;
    }
    throw new SourceError(`${url}: more than ${MAX_REQUESTS} pages of comments`);
  },
};
