import type { SnapshotJob } from '@joblist/core-model';
import type { SourceRun } from './run-source.ts';

/**
 * Treats a run that returned suspiciously few jobs as failed: fewer than `minShare` of the jobs the
 * source had in the previous snapshot (so also none at all, whenever `minShare` > 0). The source's
 * previous jobs are then kept, stale, and `fetch` exits 3, instead of a board outage or an API change
 * silently emptying the lists. `minShare: 0` in the source's config accepts any count.
 */
export function guardShrink(
  run: SourceRun,
  sourceId: string,
  previous: readonly SnapshotJob[],
  minShare: number,
): SourceRun {
  if (!run.ok) return run;
  const before = previous.filter((job) => job.source === sourceId).length;
  if (before === 0 || run.jobs.length >= before * minShare) return run;
  const error =
    `suspect: ${run.jobs.length} jobs where the previous snapshot had ${before} (below minShare ${minShare});` +
    ' previous jobs kept. Set "minShare" in the source config (0 accepts any count) if the drop is real';
  return { ok: false, error, rejected: run.rejected };
}
