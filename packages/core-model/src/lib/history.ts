import * as v from 'valibot';
import { closedObject } from './closed-object.ts';
import { JobSchema } from './job.ts';
import { IsoDateTimeSchema } from './text.ts';

/** Days a closed job is remembered by default: the trend chart's span, so its postings still count there. */
export const DEFAULT_CLOSED_DAYS = 90;

/**
 * When joblist saw a job: `firstSeen` is the snapshot time it first appeared, `lastSeen` the last snapshot
 * time a source listed it (the clock is the snapshot's `updatedAt`, so an unchanged fetch changes nothing).
 */
export const JobSeenEntries = {
  firstSeen: IsoDateTimeSchema,
  lastSeen: IsoDateTimeSchema,
};

/** Why a job closed: gone from its source, or its page gone (`joblist check-links`: 404 or 410). */
export const ClosedBySchema = v.picklist(['source', 'link']);

/**
 * A job that closed, kept in the snapshot for `history.closedDays` after `closedAt`: the job without its
 * description (the closed list stays small), when it was first and last seen, when and why it closed.
 */
export const ClosedJobSchema = v.object({
  ...v.omit(JobSchema, ['description']).entries,
  ...JobSeenEntries,
  closedAt: IsoDateTimeSchema,
  closedBy: ClosedBySchema,
});

/** How long the job history remembers a closed job (site config `history`). */
export const HistorySettingsSchema = closedObject({
  /** Days after it closed that a job is forgotten; default {@link DEFAULT_CLOSED_DAYS}. */
  closedDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), DEFAULT_CLOSED_DAYS),
});

/** A validated closed job. */
export type ClosedJob = v.InferOutput<typeof ClosedJobSchema>;
/** One of `source`, `link`. */
export type ClosedBy = v.InferOutput<typeof ClosedBySchema>;
/** Validated history settings. */
export type HistorySettings = v.InferOutput<typeof HistorySettingsSchema>;
