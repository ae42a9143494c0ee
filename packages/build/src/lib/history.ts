import {
  type Category,
  type ClosedJob,
  ClosedJobSchema,
  categoryMatcher,
  type Job,
  selectAll,
  utcDaysBefore,
} from '@joblist/core-model';
import { dailyPostings, TREND_DAYS } from '@joblist/stats';
import * as v from 'valibot';

/** What a category's outputs show of the job history: its recently closed jobs and its postings per day. */
export const CategoryHistorySchema = v.object({
  /** The category's jobs closed within its `windowDays` before the build (at most its `limit`), most recently closed first. */
  closed: v.array(ClosedJobSchema),
  /** The category's postings per UTC day over the trend's 90 days ending on the build day, oldest first. */
  trend: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** A category's job history. */
export type CategoryHistory = v.InferOutput<typeof CategoryHistorySchema>;

/**
 * The job history of every category at `builtAt`: the closed jobs it lists (members by the category's match
 * rules, closed within its window) and its trend, counted over every posting of the snapshot, open or closed
 * (neither the window nor the row limit applies), by posting day.
 */
export function categoryHistories(
  jobs: readonly Pick<Job, 'title' | 'postedAt' | 'categories'>[],
  closed: readonly ClosedJob[],
  categories: readonly Category[],
  builtAt: Date,
): Map<string, CategoryHistory> {
  const spans = categories.map((category) => ({ ...category, windowDays: TREND_DAYS - 1, limit: 0 }));
  const postings = selectAll([...jobs, ...closed], spans, builtAt);
  return new Map(
    categories.map((category) => {
      const member = categoryMatcher(category);
      const recent = closed.filter((job) => {
        const days = utcDaysBefore(new Date(job.closedAt), builtAt);
        return days >= 0 && days <= category.windowDays && member(job);
      });
      const dates = (postings.get(category.id) ?? []).map((job) => job.postedAt);
      return [
        category.id,
        { closed: recent.slice(0, category.limit || undefined), trend: dailyPostings(dates, builtAt) },
      ];
    }),
  );
}
