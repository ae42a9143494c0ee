import type { Category, TitlePattern } from './category.ts';
import type { Job } from './job.ts';

const DAY_MS = 86_400_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A keyword matches as whole words, case-insensitively; a RegExp matches as written. */
function toRegExp(pattern: TitlePattern): RegExp {
  if (pattern instanceof RegExp) return pattern;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(pattern).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

const ASCII = /^[\x20-\x7e]*$/u;
/** An ASCII keyword of one word (no space): matched in an ASCII title without the RegExp. */
const ASCII_WORD = /^[\x21-\x7e]+$/u;

/** Whether the character code is an ASCII letter or digit (what `\p{L}` and `\p{N}` mean in an ASCII title). */
function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Whether `word` (lowercase ASCII) occurs in `lower` (a lowercased ASCII title) as a whole word: no
 * letter or digit right before or after it. The same as the keyword's `/iu` RegExp on such a title, whose
 * case folding and `toLowerCase` agree on ASCII.
 */
function hasWholeWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isAlphanumeric(lower.charCodeAt(at - 1))) &&
      (end === lower.length || !isAlphanumeric(lower.charCodeAt(end)))
    )
      return true;
  }
  return false;
}

/**
 * A test of one pattern against a title. A one-word ASCII keyword in an ASCII title is found by a scan
 * for the word and its boundaries; a keyword of several words first checks that each word occurs in
 * the lowercased title (exact for an ASCII keyword in an ASCII title), so most titles are rejected
 * without running the whole-word RegExp.
 */
function patternTest(pattern: TitlePattern): (title: string, lowerAscii: string | undefined) => boolean {
  const re = toRegExp(pattern);
  // `test` on a global or sticky RegExp moves `lastIndex`; reset it so every title is tested from its start.
  const test = (title: string) => {
    re.lastIndex = 0;
    return re.test(title);
  };
  if (pattern instanceof RegExp || !ASCII.test(pattern)) return test;
  if (ASCII_WORD.test(pattern)) {
    const word = pattern.toLowerCase();
    return (title, lowerAscii) => (lowerAscii === undefined ? test(title) : hasWholeWord(lowerAscii, word));
  }
  const words = pattern.toLowerCase().split(/\s+/u).filter(Boolean);
  return (title, lowerAscii) =>
    (lowerAscii === undefined || words.every((word) => lowerAscii.includes(word))) && test(title);
}

/** Whether a title is in a category by its match rules: any `include` pattern matches and no `exclude`. */
function compiledTitleMatcher(
  category: Category,
): (title: string, lowerAscii: string | undefined) => boolean {
  const include = category.match.include.map(patternTest);
  const exclude = category.match.exclude.map(patternTest);
  return (title, lowerAscii) =>
    include.some((matches) => matches(title, lowerAscii)) &&
    !exclude.some((matches) => matches(title, lowerAscii));
}

/** The title lowercased when it is all ASCII (the keyword prefilter's input), else undefined. */
const lowerAsciiOf = (title: string) => (ASCII.test(title) ? title.toLowerCase() : undefined);

/** Builds the title test of a category: a title matching one `include` pattern and no `exclude` pattern. */
export function titleMatcher(category: Category): (title: string) => boolean {
  const matches = compiledTitleMatcher(category);
  return (title) => matches(title, lowerAsciiOf(title));
}

/** Builds the membership test of a category: explicit `categories`, or a title matching include and no exclude. */
export function categoryMatcher(category: Category): (job: Job) => boolean {
  const titleMatches = compiledTitleMatcher(category);
  return (job) =>
    job.categories?.includes(category.id) === true || titleMatches(job.title, lowerAsciiOf(job.title));
}

/** Whole UTC calendar days from `posted` to `now` (negative when posted in the future). */
export function utcDaysBefore(posted: Date, now: Date): number {
  return utcDay(now.getTime()) - utcDay(posted.getTime());
}

const utcDay = (time: number) => Math.floor(time / DAY_MS);

/** The positions (in the categories given) of the categories a job is in, each once. */
export type CategoryMemberships = (job: Pick<Job, 'title' | 'categories'>) => readonly number[];

/**
 * The membership of `categories`: for a job, the positions of the categories it lists in `categories` or
 * whose match rules its title meets, each once. Each category's rules are compiled once and each distinct
 * title is tested once per category; pass the result to several {@link selectAll} calls over the same
 * categories (the rows, the trend) to match once.
 */
export function categoryMemberships(categories: readonly Category[]): CategoryMemberships {
  const matchers = categories.map(compiledTitleMatcher);
  const positions = new Map(categories.map((category, index) => [category.id, index]));
  const byTitle = new Map<string, number[]>();
  const byRules = (title: string) => {
    let members = byTitle.get(title);
    if (!members) {
      const lowerAscii = lowerAsciiOf(title);
      members = [];
      for (const [index, matches] of matchers.entries()) if (matches(title, lowerAscii)) members.push(index);
      byTitle.set(title, members);
    }
    return members;
  };
  return (job) => {
    const members = byRules(job.title);
    if (!job.categories?.length) return members;
    const all = new Set(members);
    for (const id of job.categories) {
      const index = positions.get(id);
      if (index !== undefined) all.add(index);
    }
    return [...all];
  };
}

/**
 * The rows of every category at `now`, by category id, in one pass over the jobs: a category's jobs
 * posted within its `windowDays` UTC calendar days before (inclusive; future-dated jobs kept), newest
 * first (stable: ties keep snapshot order), at most its `limit` (0: no cap). Jobs are placed through
 * `memberships` ({@link categoryMemberships} of categories with the same match rules, in the same order).
 */
export function selectAll<T extends Pick<Job, 'title' | 'postedAt' | 'categories'>>(
  jobs: readonly T[],
  categories: readonly Category[],
  now: Date,
  memberships: CategoryMemberships = categoryMemberships(categories),
): Map<string, T[]> {
  const today = utcDay(now.getTime());
  const windows = categories.map((category) => category.windowDays);
  const widest = Math.max(...windows);
  const picked = categories.map(() => [] as Array<{ job: T; time: number }>);
  for (const job of jobs) {
    const time = Date.parse(job.postedAt);
    const age = today - utcDay(time);
    if (age > widest) continue;
    for (const index of memberships(job))
      if (age <= (windows[index] as number)) picked[index]?.push({ job, time });
  }
  // `sort` is stable, so ties keep snapshot order.
  return new Map(
    categories.map((category, index) => [
      category.id,
      (picked[index] ?? [])
        .sort((a, b) => b.time - a.time)
        .slice(0, category.limit || undefined)
        .map(({ job }) => job),
    ]),
  );
}

/** The rows of one category at `now` (see {@link selectAll}). */
export function selectJobs<T extends Pick<Job, 'title' | 'postedAt' | 'categories'>>(
  jobs: readonly T[],
  category: Category,
  now: Date,
): T[] {
  return selectAll(jobs, [category], now).get(category.id) ?? [];
}
