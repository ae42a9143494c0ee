import * as v from 'valibot';
import {
  HttpUrlSchema,
  IdSchema,
  IsoDateTimeSchema,
  plainText,
  requiredLine,
  SingleLineSchema,
  singleLine,
  TEXT_LIMITS,
} from './text.ts';

/** A lowercase skill or category-like name: one line, not empty. */
const NameSchema = v.pipe(SingleLineSchema, v.nonEmpty());

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
  name: v.optional(singleLine(TEXT_LIMITS.companyName), ''),
  url: v.optional(HttpUrlSchema),
});

/**
 * One job posting: the interchange format that `joblist fetch` writes and the `file` source reads.
 * Every text field is cleaned of control, zero-width and bidi characters; single-line fields are
 * normalised (whitespace runs become one space) and cut visibly (`…`) at their {@link TEXT_LIMITS},
 * so every value fits a table cell.
 */
export const JobSchema = v.object({
  /** Unique within its source, e.g. `greenhouse:gitlab:123`. */
  id: IdSchema,
  title: requiredLine(TEXT_LIMITS.title),
  company: CompanySchema,
  /** The job page; http or https only. */
  url: HttpUrlSchema,
  /** Free text, shown as given. */
  location: v.optional(singleLine(TEXT_LIMITS.location), ''),
  workplace: WorkplaceSchema,
  postedAt: IsoDateTimeSchema,
  salary: v.optional(SalarySchema),
  skills: v.optional(v.array(v.pipe(NameSchema, v.toLowerCase()))),
  /** Plain text, no HTML. */
  description: v.optional(plainText()),
  /** Explicit category membership by category id. */
  categories: v.optional(v.array(NameSchema)),
  /** The source that produced the job, e.g. `greenhouse:gitlab`. */
  source: v.optional(SingleLineSchema),
  /** Whether the employer sponsors a work visa, when the posting says so (absent: not stated). */
  visaSponsorship: v.optional(v.boolean()),
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
