import type { Snapshot, SnapshotJob, SourceStatus } from '@joblist/core-model';
import { dedupeJobs } from './fetch/dedupe.ts';
import { sortJobs } from './fetch/order.ts';
import { planSources, type SourceRegistry } from './fetch/plan-sources.ts';
import { runSource, type SourceRun } from './fetch/run-source.ts';
import { guardShrink } from './fetch/shrink-guard.ts';
import { mapLimited } from './http/limiter.ts';
import { sourceRegistry } from './registry.ts';
import type { HttpClient } from './types.ts';

/**
 * Sources fetched at once by default. The HTTP client limits requests (overall and per host), so this only
 * bounds open work such as local files; it is well above the client's overall limit because sources listed
 * host by host would otherwise fill every slot with one host's boards, waiting on its per-host limit while
 * other hosts sit idle (2,000 boards on 20 hosts took 1.6× the ideal time at 32).
 */
const DEFAULT_SOURCE_CONCURRENCY = 256;

/** Reported each time a source finishes. */
export interface FetchProgress {
  /** The finished source (`jobs`: valid jobs it returned, before deduplication). */
  source: SourceStatus;
  done: number;
  failed: number;
  total: number;
  /** Valid jobs returned so far by all finished sources. */
  jobs: number;
}

/** Settings of {@link fetchSources}. */
export interface FetchSourcesOptions {
  http: HttpClient;
  /** Folder relative paths in source options resolve against (the config file's folder). */
  cwd: string;
  /** The last snapshot: a failed source keeps its jobs from here, marked stale. */
  previous?: Snapshot;
  /** The new `updatedAt` if the jobs changed. */
  now: Date;
  onProgress?: (progress: FetchProgress) => void;
  /** Adapters by type; the built-in registry by default. */
  registry?: SourceRegistry;
  /** Names the config in errors about invalid source entries. */
  configFile?: string;
  /** Sources fetched at once. */
  concurrency?: number;
}

/** The jobs as they would be listed: everything but the `stale` marker, for change detection. */
function postings(jobs: readonly SnapshotJob[]): string {
  return JSON.stringify(jobs.map(({ stale: _, ...job }) => job));
}

/**
 * The status of one source. For a source that ran, every raw record is counted once: `jobs` (kept in the
 * snapshot), `rejected`, `skipped` (by reason) or `duplicates` (valid jobs dropped by deduplication).
 */
function statusOf(id: string, run: SourceRun, jobs: number, duplicates = 0): SourceStatus {
  return run.ok
    ? { id, status: 'ok', jobs, rejected: run.rejected, skipped: run.skipped, duplicates }
    : { id, status: 'failed', error: run.error, jobs, rejected: run.rejected, skipped: [], duplicates: 0 };
}

/** Jobs per source id. */
function countBySource(jobs: readonly SnapshotJob[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const job of jobs) counts.set(job.source ?? '', (counts.get(job.source ?? '') ?? 0) + 1);
  return counts;
}

/**
 * Validates source configs exactly as {@link fetchSources} does first, without fetching anything, so a
 * caller can refuse a bad config before it takes a lock or writes a file. Throws naming the config
 * file, `sources.<index>` and the field.
 */
export function checkSourceConfigs(
  sources: readonly unknown[],
  options: Pick<FetchSourcesOptions, 'registry' | 'configFile'>,
): void {
  planSources(sources, options.registry ?? sourceRegistry, options.configFile ?? 'sources');
}

/**
 * Fetches every source into one snapshot. Source configs are validated first (an invalid one throws,
 * naming the config file, `sources.<index>` and the field). Then each source runs (bounded concurrency);
 * its jobs get ids `<source id>:<raw id>`, `source` and the configured categories, and are validated.
 * A failed source, or one that returned fewer than its `minShare` of its previous jobs (see
 * {@link guardShrink}), keeps its jobs from `previous`, marked `stale` with the reason. Jobs are deduplicated
 * (fresh before stale, then config order), sorted newest first then by id, and `updatedAt` moves to
 * `now` only when the jobs differ from `previous` (a `stale` marker alone is no change), so identical
 * upstream data gives byte-identical snapshots.
 */
export async function fetchSources(
  sources: readonly unknown[],
  options: FetchSourcesOptions,
): Promise<Snapshot> {
  const planned = planSources(sources, options.registry ?? sourceRegistry, options.configFile ?? 'sources');
  const context = { http: options.http, cwd: options.cwd };
  let done = 0;
  let failed = 0;
  let jobsSoFar = 0;
  const runs = await mapLimited(
    planned,
    options.concurrency ?? DEFAULT_SOURCE_CONCURRENCY,
    async (source) => {
      const run = guardShrink(
        await runSource(source, context),
        source.id,
        options.previous?.jobs ?? [],
        source.guards.minShare,
      );
      done++;
      if (!run.ok) failed++;
      const jobs = run.ok ? run.jobs.length : 0;
      jobsSoFar += jobs;
      options.onProgress?.({
        source: statusOf(source.id, run, jobs),
        done,
        failed,
        total: planned.length,
        jobs: jobsSoFar,
      });
      return { id: source.id, run };
    },
  );

  const fresh = runs.flatMap(({ run }) => (run.ok ? run.jobs : []));
  const stale = runs.flatMap(({ id, run }): SnapshotJob[] => {
    if (run.ok) return [];
    return (options.previous?.jobs ?? [])
      .filter((job) => job.source === id)
      .map((job) => ({ ...job, stale: run.error }));
  });
  const jobs = sortJobs(dedupeJobs<SnapshotJob>([...fresh, ...stale]));

  const kept = countBySource(jobs);
  const statuses = runs.map(({ id, run }) => {
    const count = kept.get(id) ?? 0;
    return statusOf(id, run, count, run.ok ? run.jobs.length - count : 0);
  });

  const unchanged = options.previous !== undefined && postings(options.previous.jobs) === postings(jobs);
  return {
    version: 1,
    updatedAt: unchanged && options.previous ? options.previous.updatedAt : options.now.toISOString(),
    jobs,
    sources: statuses,
  };
}
