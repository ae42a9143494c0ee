import * as v from 'valibot';
import { JobSchema } from './job.ts';
import { IsoDateTimeSchema } from './text.ts';

/** A GitHub login: letters, digits and single hyphens, at most 39 characters (bots end in `[bot]`). */
export const GithubLoginSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}(?:\[bot\])?$/u, 'must be a GitHub login'),
);

/**
 * One job a reader submitted through an issue form and a maintainer approved: the Job fields (its `id` is
 * the number of the issue that added it), who submitted it and in which issue, and, once a reader closed
 * it, when and through which issue. A closed job stays in the file (history) but leaves the open rows.
 */
export const SubmittedJobSchema = v.object({
  ...v.omit(JobSchema, ['skills', 'source']).entries,
  /** Whether the employer sponsors a work visa, as the reader stated it (absent: not stated). */
  visaSponsorship: v.optional(v.boolean()),
  submittedBy: GithubLoginSchema,
  issue: v.pipe(v.number(), v.integer(), v.minValue(1)),
  updatedAt: v.optional(IsoDateTimeSchema),
  closedAt: v.optional(IsoDateTimeSchema),
  closedIssue: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

/** One applied issue, kept for a day: what the per-author daily cap counts. */
export const AppliedIssueSchema = v.object({
  issue: v.pipe(v.number(), v.integer(), v.minValue(1)),
  author: GithubLoginSchema,
  at: IsoDateTimeSchema,
});

/** The committed submissions file (`data/submissions.json`) that the `submissions` source reads. */
export const SubmissionsFileSchema = v.object({
  version: v.literal(1),
  jobs: v.array(SubmittedJobSchema),
  applied: v.optional(v.array(AppliedIssueSchema), []),
});

/** A validated submitted job. */
export type SubmittedJob = v.InferOutput<typeof SubmittedJobSchema>;
/** A validated submissions file. */
export type SubmissionsFile = v.InferOutput<typeof SubmissionsFileSchema>;
/** One entry of the daily log of applied issues. */
export type AppliedIssue = v.InferOutput<typeof AppliedIssueSchema>;

/** The submissions file's path in a project, relative to its root. */
export const SUBMISSIONS_FILE = 'data/submissions.json';
