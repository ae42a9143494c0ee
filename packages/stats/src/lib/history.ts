import type { SnapshotJob } from '@joblist/core-model';

const DAY_MS = 86_400_000;

/** Days of postings the trend chart shows, ending on the build day. */
export const TREND_DAYS = 90;

const utcDay = (time: number) => Math.floor(time / DAY_MS);

/**
 * A job's age in whole UTC days at `at`: from the earlier of its posting date and the day joblist first saw
 * it (a reposted job keeps its age), never below 0.
 */
export function ageDays(job: Pick<SnapshotJob, 'postedAt' | 'firstSeen'>, at: Date): number {
  const posted = Date.parse(job.postedAt);
  const since = job.firstSeen === undefined ? posted : Math.min(posted, Date.parse(job.firstSeen));
  return Math.max(0, utcDay(at.getTime()) - utcDay(since));
}

/** An age as job lists show it: `0d` … `29d`, then whole 30-day months, `1mo`, `2mo`, … */
export function formatAge(days: number): string {
  return days < 30 ? `${days}d` : `${Math.floor(days / 30)}mo`;
}

/**
 * Whether a job is new since the last run: first seen in the fetch that made the snapshot (its first and last
 * sighting are that one fetch's time) and not kept stale from an earlier one.
 */
export function isNewJob(job: Pick<SnapshotJob, 'firstSeen' | 'lastSeen' | 'stale'>): boolean {
  return job.stale === undefined && job.firstSeen !== undefined && job.firstSeen === job.lastSeen;
}

/**
 * Postings per UTC day over the `days` days ending on `end`'s day (oldest first): each date counts on its
 * own day; dates outside the span are left out.
 */
export function dailyPostings(dates: Iterable<string>, end: Date, days = TREND_DAYS): number[] {
  const counts = new Array<number>(days).fill(0);
  const last = utcDay(end.getTime());
  for (const date of dates) {
    const index = days - 1 - (last - utcDay(Date.parse(date)));
    if (index >= 0 && index < days) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
