import * as v from 'valibot';
import { HttpUrlSchema, IsoDateTimeSchema, RequiredLineSchema, SingleLineSchema } from './text.ts';

/** How a job is worked: fully remote, on site, or a mix of both. */
export const WorkplaceSchema = v.picklist(['remote', 'onsite', 'hybrid']);

/** The period a salary amount is paid for. */
export const SalaryPeriodSchema = v.picklist(['year', 'month', 'week', 'day', 'hour']);

/** A salary range in one currency: at least one of `min` and `max`, both non-negative. */
export const SalarySchema = v.pipe(
  v.object({
    min: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
    max: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/u, 'must be an ISO 4217 code such as USD')),
    period: SalaryPeriodSchema,
  }),
  v.check((s) => s.min !== undefined || s.max !== undefined, 'needs min or max'),
  v.check((s) => s.min === undefined || s.max === undefined || s.min <= s.max, 'min must not exceed max'),
);

/** The employer: its display name (empty when unknown) and optional home page. */
export const CompanySchema = v.object({
  name: v.optional(SingleLineSchema, ''),
  url: v.optional(HttpUrlSchema),
});

/**
 * One job posting: the interchange format that `joblist fetch` writes and the `file` source reads.
 * Single-line fields are normalised (whitespace runs become one space) so every value fits a table cell.
 */
export const JobSchema = v.object({
  /** Unique within its source, e.g. `greenhouse:gitlab:123`. */
  id: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  title: RequiredLineSchema,
  company: CompanySchema,
  /** The job page; http or https only. */
  url: HttpUrlSchema,
  /** Free text, shown as given. */
  location: v.optional(SingleLineSchema, ''),
  workplace: WorkplaceSchema,
  postedAt: IsoDateTimeSchema,
  salary: v.optional(SalarySchema),
  skills: v.optional(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty()))),
  /** Plain text, no HTML. */
  description: v.optional(v.string()),
  /** Explicit category membership by category id. */
  categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  /** The source that produced the job, e.g. `greenhouse:gitlab`. */
  source: v.optional(v.string()),
});

/** A job as accepted on input (before normalisation). */
export type JobInput = v.InferInput<typeof JobSchema>;
/** A validated, normalised job. */
export type Job = v.InferOutput<typeof JobSchema>;
/** One of `remote`, `onsite`, `hybrid`. */
export type Workplace = v.InferOutput<typeof WorkplaceSchema>;
/** A validated salary range. */
export type Salary = v.InferOutput<typeof SalarySchema>;
/** One of `year`, `month`, `week`, `day`, `hour`. */
export type SalaryPeriod = v.InferOutput<typeof SalaryPeriodSchema>;
