import type { SnapshotJob } from '@joblist/core-model';
import type { SourceRun } from './run-source.ts';

/** Bytes one job takes in the snapshot (its JSON). */
const jobBytes = (job: SnapshotJob): number => Buffer.byteLength(JSON.stringify(job));

/** A source's run after the budget, with the previous jobs it keeps (stale) when it failed. */
export interface BudgetedRun {
  id: string;
  run: SourceRun;
  /** Its previous jobs, marked stale with its error; empty for a run that is ok. */
  kept: SnapshotJob[];
}

/** The jobs of `jobs` that fit in `left` bytes, in order, and the bytes they take. */
function fitting(jobs: readonly SnapshotJob[], left: number): { jobs: SnapshotJob[]; bytes: number } {
  const fit: SnapshotJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    const size = jobBytes(job);
    if (bytes + size > left) continue;
    bytes += size;
    fit.push(job);
  }
  return { jobs: fit, bytes };
}

/**
 * Holds a fetch's jobs to `budget` bytes, source by source in config order, so the snapshot always fits in
 * memory and in one string: an ok source whose jobs do not fit in what is left fails (exit 3) and keeps its
 * previous jobs instead; a failed source's previous jobs are kept as far as they fit, the rest counted in
 * its error. The same inputs give the same result, whatever order the sources finished in.
 */
export function fitSnapshotBudget(
  runs: ReadonlyArray<{ id: string; run: SourceRun }>,
  previous: readonly SnapshotJob[],
  budget: number,
): BudgetedRun[] {
  let left = budget;
  return runs.map(({ id, run }) => {
    if (run.ok) {
      const bytes = run.jobs.reduce((sum, job) => sum + jobBytes(job), 0);
      if (bytes <= left) {
        left -= bytes;
        return { id, run, kept: [] };
      }
    }
    const own = previous.filter((job) => job.source === id);
    const fit = fitting(own, left);
    left -= fit.bytes;
    const reasons = [
      run.ok
        ? `over the snapshot budget: its jobs take more than the ${left + fit.bytes} of ${budget} bytes left by the sources before it`
        : run.error,
      ...(fit.jobs.length < own.length
        ? [
            `${own.length - fit.jobs.length} previous jobs left out, over the snapshot budget of ${budget} bytes`,
          ]
        : []),
    ];
    const error = reasons.join('; ');
    return {
      id,
      run: { ok: false, error, rejected: run.rejected },
      kept: fit.jobs.map((job) => ({ ...job, stale: error })),
    };
  });
}
