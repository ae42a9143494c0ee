import type { ClosedJob, Snapshot, SnapshotJob } from '@joblist/core-model';

const DAY_MS = 86_400_000;

/** What the history of a fetch is computed from. */
export interface HistoryOptions {
  /** The last snapshot: its jobs' history and its closed jobs. */
  previous?: Snapshot | undefined;
  /** The history's clock: the new snapshot's `updatedAt` (unchanged jobs, unchanged history). */
  clock: string;
  /** Days after it closed that a closed job is forgotten. */
  closedDays: number;
  /** Job page URLs `joblist check-links` found gone: those jobs close (`link`) even when their source lists them. */
  gone?: ReadonlySet<string> | undefined;
}

/** The open jobs with their history and the closed jobs still remembered, most recently closed first. */
export interface History {
  jobs: SnapshotJob[];
  closed: ClosedJob[];
}

/** When a job was seen and when and why it closed. */
type Closing = Pick<ClosedJob, 'firstSeen' | 'lastSeen' | 'closedAt' | 'closedBy'>;

/** A closed job's record: the job without its description (or stale marker), its history, when and why it closed. */
function closedRecord(job: SnapshotJob, closing: Closing): ClosedJob {
  const { description: _description, stale: _stale, firstSeen: _first, lastSeen: _last, ...rest } = job;
  return { ...rest, ...closing };
}

const byClosing = (a: ClosedJob, b: ClosedJob) =>
  a.closedAt < b.closedAt ? 1 : a.closedAt > b.closedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Each job's history at `clock`: a job keeps the `firstSeen` it had (also when it reopens after closing),
 * a job its source listed gets `lastSeen = clock` (a stale one keeps its last), a job whose page is gone
 * closes (`link`), a job of the previous snapshot no longer listed closes (`source`) at `clock`; a closed
 * job is forgotten `closedDays` after it closed, so the history never grows without bound. Deterministic:
 * the same inputs give the same history, in job order, the closed ones most recently closed first.
 */
export function applyHistory(jobs: readonly SnapshotJob[], options: HistoryOptions): History {
  const { previous, clock, gone } = options;
  // A job first seen before history was kept was seen at least at the previous snapshot's time.
  const since = previous?.updatedAt ?? clock;
  const before = new Map((previous?.jobs ?? []).map((job) => [job.id, job]));
  const wasClosed = new Map((previous?.closed ?? []).map((job) => [job.id, job]));
  const open: SnapshotJob[] = [];
  const closed: ClosedJob[] = [];
  const listed = new Set<string>();
  for (const job of jobs) {
    listed.add(job.id);
    const earlier = before.get(job.id) ?? wasClosed.get(job.id);
    const firstSeen = earlier ? (earlier.firstSeen ?? since) : clock;
    if (gone?.has(job.url)) {
      const already = wasClosed.get(job.id);
      closed.push(
        already?.closedBy === 'link'
          ? already
          : closedRecord(job, { firstSeen, lastSeen: clock, closedAt: clock, closedBy: 'link' }),
      );
      continue;
    }
    const lastSeen = job.stale === undefined ? clock : (earlier?.lastSeen ?? since);
    open.push({ ...job, firstSeen, lastSeen });
  }
  for (const job of previous?.jobs ?? []) {
    if (listed.has(job.id)) continue;
    const seen = { firstSeen: job.firstSeen ?? since, lastSeen: job.lastSeen ?? since };
    closed.push(closedRecord(job, { ...seen, closedAt: clock, closedBy: 'source' }));
  }
  for (const job of previous?.closed ?? []) if (!listed.has(job.id)) closed.push(job);
  const oldest = Date.parse(clock) - options.closedDays * DAY_MS;
  return { jobs: open, closed: closed.filter((job) => Date.parse(job.closedAt) > oldest).sort(byClosing) };
}
