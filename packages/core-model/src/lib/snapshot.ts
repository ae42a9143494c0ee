import * as v from 'valibot';
import { ExchangeRatesSchema } from './currency.ts';
import { ClosedJobSchema, JobSeenEntries } from './history.ts';
import { JobSchema } from './job.ts';
import { IsoDateTimeSchema } from './text.ts';

/** One record a source sent that failed validation, and why. */
export const RejectionSchema = v.object({
  index: v.number(),
  field: v.string(),
  reason: v.string(),
});

/** Records a source left out on purpose (closed postings, …), counted by reason. */
export const SkippedSchema = v.object({
  reason: v.string(),
  count: v.number(),
});

/** What happened to one source during a fetch. */
export const SourceStatusSchema = v.object({
  /** Stable id of the source, e.g. `greenhouse:gitlab`. */
  id: v.string(),
  status: v.picklist(['ok', 'failed']),
  /** Why the source failed (secrets redacted). */
  error: v.optional(v.string()),
  /** Jobs this source contributes to the snapshot (for a failed source: kept from before). */
  jobs: v.number(),
  rejected: v.optional(v.array(RejectionSchema), []),
  skipped: v.optional(v.array(SkippedSchema), []),
  /** Valid jobs of this source dropped as duplicates (of its own or an earlier source's jobs). */
  duplicates: v.optional(v.number(), 0),
});

/**
 * A job in a snapshot; `stale` says why it was kept from the previous snapshot; `firstSeen` and `lastSeen`
 * are its history (absent in snapshots written before joblist kept one).
 */
export const SnapshotJobSchema = v.object({
  ...JobSchema.entries,
  stale: v.optional(v.string()),
  firstSeen: v.optional(JobSeenEntries.firstSeen),
  lastSeen: v.optional(JobSeenEntries.lastSeen),
});

/** The output of `joblist fetch`: every source's jobs, validated and deduplicated. */
export const SnapshotSchema = v.object({
  version: v.literal(1),
  /** Moves only when the jobs change; the default build time. */
  updatedAt: IsoDateTimeSchema,
  jobs: v.array(SnapshotJobSchema),
  sources: v.optional(v.array(SourceStatusSchema), []),
  /** Exchange rates fetched with the jobs, for averaging salaries in one currency; absent when none were fetched. */
  rates: v.optional(ExchangeRatesSchema),
  /** Jobs that closed within the site's `history.closedDays`, most recently closed first. */
  closed: v.optional(v.array(ClosedJobSchema)),
});

/** A validated snapshot. */
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
/** A snapshot as written to disk. */
export type SnapshotInput = v.InferInput<typeof SnapshotSchema>;
/** A job inside a snapshot. */
export type SnapshotJob = v.InferOutput<typeof SnapshotJobSchema>;
/** The per-source status of a snapshot. */
export type SourceStatus = v.InferOutput<typeof SourceStatusSchema>;
/** Records skipped on purpose, by reason. */
export type Skipped = v.InferOutput<typeof SkippedSchema>;
/** One rejected record. */
export type Rejection = v.InferOutput<typeof RejectionSchema>;
