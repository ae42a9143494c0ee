import type { SnapshotJob } from '@joblist/core-model';
import type { SourceRun } from './run-source.ts';

/**
 * Treats a run that returned suspiciously few jobs as failed: fewer than `minShare` of the jobs the
 * source had in the previous snapshot (so also none at all, whenever `minShare` > 0). `count` is the
 * jobs it keeps (after deduplication; all it returned by default). The source's previous jobs are then
 * kept, stale, and `fetch` exits 3, instead of a board outage or an API change silently emptying the
 * lists. `minShare: 0` in the source's config accepts any count.
 */
export function guardShrink(
  run: SourceRun,
  sourceId: string,
  previous: readonly SnapshotJob[],
  minShare: number,
  count: number = run.ok ? run.jobs.length : 0,
): SourceRun {
  if (!run.ok) return run;
  const before = previous.filter((job) => job.source === sourceId).length;
  if (before === 0 || count >= before * minShare) return run;
  const error =
    `suspect: ${count} jobs where the previous snapshot had ${before} (below minShare ${minShare});` +
    ' previous jobs kept. Set "minShare" in the source config (0 accepts any count) if the drop is real';
  return { ok: false, error, rejected: run.rejected };
}
