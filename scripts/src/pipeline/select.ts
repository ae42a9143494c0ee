import type { Category, Job, TitlePattern } from '@joblist/core-model';

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

/** Builds the title test of a category: a title matching one `include` pattern and no `exclude` pattern. */
export function titleMatcher(category: Category): (title: string) => boolean {
  const include = category.match.include.map(toRegExp);
  const exclude = category.match.exclude.map(toRegExp);
  return (title) => include.some((re) => re.test(title)) && !exclude.some((re) => re.test(title));
}

/** Builds the membership test of a category: explicit `categories`, or a title matching include and no exclude. */
export function categoryMatcher(category: Category): (job: Job) => boolean {
  const titleMatches = titleMatcher(category);
  return (job) => job.categories?.includes(category.id) === true || titleMatches(job.title);
}

/** Whole UTC calendar days from `posted` to `now` (negative when posted in the future). */
export function utcDaysBefore(posted: Date, now: Date): number {
  const day = (date: Date) => Math.floor(date.getTime() / DAY_MS);
  return day(now) - day(posted);
}

/**
 * The rows of a category at `now`: its jobs posted within `windowDays` UTC calendar days before (inclusive;
 * future-dated jobs kept), newest first (stable: ties keep snapshot order), at most `limit` (0: no cap).
 */
export function selectJobs<T extends Job>(jobs: readonly T[], category: Category, now: Date): T[] {
  const belongs = categoryMatcher(category);
  return jobs
    .filter((job) => belongs(job) && utcDaysBefore(new Date(job.postedAt), now) <= category.windowDays)
    .map((job, index) => ({ job, index, time: Date.parse(job.postedAt) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .slice(0, category.limit || undefined)
    .map(({ job }) => job);
}
