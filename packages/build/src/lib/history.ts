import {
  type Category,
  type CategoryMemberships,
  type ClosedJob,
  ClosedJobSchema,
  categoryMemberships,
  type Job,
  utcDaysBefore,
} from '@joblist/core-model';
import { dailyPostings } from '@joblist/stats';
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
 * (neither the window nor the row limit applies), by posting day. `memberships` may come from the rows'
 * selection over the same categories, so titles are matched once.
 */
export function categoryHistories(
  jobs: readonly Pick<Job, 'title' | 'postedAt' | 'categories'>[],
  closed: readonly ClosedJob[],
  categories: readonly Category[],
  builtAt: Date,
  memberships: CategoryMemberships = categoryMemberships(categories),
): Map<string, CategoryHistory> {
  // Every posting's date under each category it is in (the trend counts them by day: no order, no window).
  const dates = categories.map(() => [] as string[]);
  for (const list of [jobs, closed])
    for (const job of list) for (const index of memberships(job)) dates[index]?.push(job.postedAt);
  return new Map(
    categories.map((category, index) => {
      const recent = closed.filter((job) => {
        const days = utcDaysBefore(new Date(job.closedAt), builtAt);
        return days >= 0 && days <= category.windowDays && memberships(job).includes(index);
      });
      return [
        category.id,
        {
          closed: recent.slice(0, category.limit || undefined),
          trend: dailyPostings(dates[index] ?? [], builtAt),
        },
      ];
    }),
  );
}
