import type { SnapshotJob } from '@joblist/core-model';
import { ageDays, formatAge, formatSalary, isNewJob } from '@joblist/stats';
import { escapeCellText } from './escape-cell.ts';

/** The columns the `joblist` table adds after the reference's five, with their delimiter cells. */
export const JOBLIST_EXTRA_COLUMNS = [
  { title: 'Salary', rule: '------' },
  { title: 'Visa', rule: '----' },
  { title: 'Age', rule: '---' },
] as const;

/** The marker of a job new since the last run, before its age. */
export const NEW_MARKER = '🆕';

/** What the Visa cell says: sponsorship offered, refused, or nothing when the posting does not say. */
const VISA_LABELS = { yes: 'Yes', no: 'No' } as const;

/** The `joblist` table's extra cells of one job at `builtAt`: salary with currency and period, visa, age (and 🆕). */
export function joblistCells(job: SnapshotJob, builtAt: Date): string[] {
  const age = formatAge(ageDays(job, builtAt));
  const visa = job.visaSponsorship === undefined ? '' : VISA_LABELS[job.visaSponsorship ? 'yes' : 'no'];
  return [
    job.salary ? escapeCellText(formatSalary(job.salary)) : '',
    visa,
    isNewJob(job) ? `${NEW_MARKER} ${age}` : age,
  ];
}
