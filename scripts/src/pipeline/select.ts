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

/** Whether a title is in a category by its match rules: any `include` pattern matches and no `exclude`. */
function titleMatcher(category: Category): (title: string) => boolean {
  const include = category.match.include.map(toRegExp);
  const exclude = category.match.exclude.map(toRegExp);
  // `test` on a global or sticky RegExp moves `lastIndex`; reset it so every title is tested from its start.
  const test = (re: RegExp, title: string) => {
    re.lastIndex = 0;
    return re.test(title);
  };
  return (title) => include.some((re) => test(re, title)) && !exclude.some((re) => test(re, title));
}

/** Builds the membership test of a category: explicit `categories`, or a title matching include and no exclude. */
export function categoryMatcher(category: Category): (job: Job) => boolean {
  const titleMatches = titleMatcher(category);
  return (job) => job.categories?.includes(category.id) === true || titleMatches(job.title);
}

/** Whole UTC calendar days from `posted` to `now` (negative when posted in the future). */
export function utcDaysBefore(posted: Date, now: Date): number {
  return utcDay(now.getTime()) - utcDay(posted.getTime());
}

const utcDay = (time: number) => Math.floor(time / DAY_MS);

/**
 * The rows of every category at `now`, by category id, in one pass over the jobs: a category's jobs
 * posted within its `windowDays` UTC calendar days before (inclusive; future-dated jobs kept), newest
 * first (stable: ties keep snapshot order), at most its `limit`. Each category's match rules are compiled
 * once, and each distinct title is tested once per category.
 */
export function selectAll<T extends Job>(
  jobs: readonly T[],
  categories: readonly Category[],
  now: Date,
): Map<string, T[]> {
  const matchers = categories.map(titleMatcher);
  const byTitle = new Map<string, boolean[]>();
  const titleMembership = (title: string) => {
    let member = byTitle.get(title);
    if (!member) {
      member = matchers.map((matches) => matches(title));
      byTitle.set(title, member);
    }
    return member;
  };
  const today = utcDay(now.getTime());
  const picked = categories.map(() => [] as Array<{ job: T; time: number }>);
  for (const job of jobs) {
    const time = Date.parse(job.postedAt);
    const age = today - utcDay(time);
    const member = titleMembership(job.title);
    categories.forEach((category, index) => {
      if (age > category.windowDays) return;
      if (member[index] || job.categories?.includes(category.id)) picked[index]?.push({ job, time });
    });
  }
  // `sort` is stable, so ties keep snapshot order.
  return new Map(
    categories.map((category, index) => [
      category.id,
      (picked[index] ?? [])
        .sort((a, b) => b.time - a.time)
        .slice(0, category.limit)
        .map(({ job }) => job),
    ]),
  );
}

/** The rows of one category at `now` (see {@link selectAll}). */
export function selectJobs<T extends Job>(jobs: readonly T[], category: Category, now: Date): T[] {
  return selectAll(jobs, [category], now).get(category.id) ?? [];
}
