import * as v from 'valibot';
import { RequiredLineSchema } from './text.ts';

/** A title pattern: a case-insensitive keyword (whole words) or a regular expression. */
export const TitlePatternSchema = v.union([
  v.pipe(v.string(), v.nonEmpty('must not be empty')),
  v.instance(RegExp),
]);

/** Which titles belong to a category: any `include` pattern matches and no `exclude` pattern does. */
export const CategoryMatchSchema = v.object({
  include: v.optional(v.array(TitlePatternSchema), []),
  exclude: v.optional(v.array(TitlePatternSchema), []),
});

/** One category: one job-list repository (`categories/<id>/category.config.ts`). */
export const CategorySchema = v.object({
  /** Lowercase id, also the folder name under `categories/`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase kebab-case')),
  /** The role as written in the README, e.g. `Backend developer`. */
  role: RequiredLineSchema,
  /** The repository name in the site's GitHub org, e.g. `Backend-Development-Jobs`. */
  repo: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]+$/u, 'must be a GitHub repository name')),
  /** The `utm_campaign` of every link in this category, e.g. `github-backend-jobs`. */
  utmCampaign: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  match: v.optional(CategoryMatchSchema, { include: [], exclude: [] }),
  /** Most rows shown; 0 shows every job in the window. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 50),
  /** Largest README in bytes; rows beyond it go to `jobs/page-2.md`, … (GitHub cuts a README at 512,000). */
  readmeBudget: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10_000)), 450_000),
  /** Jobs posted this many UTC calendar days before the build (inclusive) are shown. */
  windowDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 7),
});

/** A category config as written by a maintainer. */
export type CategoryInput = v.InferInput<typeof CategorySchema>;
/** A validated category with defaults applied. */
export type Category = v.InferOutput<typeof CategorySchema>;
/** A validated title pattern. */
export type TitlePattern = v.InferOutput<typeof TitlePatternSchema>;

/** Identity helper that types a `category.config.ts` default export. */
export function defineCategory(config: CategoryInput): CategoryInput {
  return config;
}
