import * as v from 'valibot';
import { closedObject } from './closed-object.ts';
import { backtrackingProblem } from './regex-safety.ts';
import { RequiredLineSchema } from './text.ts';

/**
 * A GitHub repository name: letters, digits, `.`, `_` and `-`, at most 100 characters, not `.` or `..`
 * (a path to the parent folder) and not ending in `.git`.
 */
export const RepoNameSchema = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.maxLength(100, 'must be at most 100 characters (a GitHub repository name)'),
  v.regex(/^[A-Za-z0-9._-]+$/u, 'must be a GitHub repository name: letters, digits, ".", "_" and "-" only'),
  v.check((name) => name !== '.' && name !== '..', 'must not be "." or ".."'),
  v.check((name) => !name.toLowerCase().endsWith('.git'), 'must not end in ".git"'),
);

/**
 * A title pattern: a case-insensitive keyword (whole words) or a regular expression that cannot take
 * exponential time (see {@link backtrackingProblem}: `/^(a+)+$/` would hang a build on a 35-character title).
 */
export const TitlePatternSchema = v.union([
  v.pipe(v.string(), v.nonEmpty('must not be empty')),
  v.pipe(
    v.instance(RegExp),
    v.rawCheck<RegExp>(({ dataset, addIssue }) => {
      const problem = dataset.typed ? backtrackingProblem(dataset.value) : undefined;
      if (problem) addIssue({ message: problem, received: String(dataset.value) });
    }),
  ),
]);

/** Which titles belong to a category: any `include` pattern matches and no `exclude` pattern does. */
export const CategoryMatchSchema = closedObject({
  include: v.optional(v.array(TitlePatternSchema), []),
  exclude: v.optional(v.array(TitlePatternSchema), []),
});

/** The README's default size budget in bytes: GitHub's front page cuts a README after 512,000 bytes. */
export const DEFAULT_README_BUDGET = 450_000;

/**
 * A README and archive template: a built-in name (`jobr-2025`, `jobr-2026`) or the path of a folder
 * holding `README.md` and `archive.md`, relative to the project root.
 */
export const TemplateNameSchema = v.pipe(v.string(), v.nonEmpty('must name a template or a folder'));

/** One category: one job-list repository (`categories/<id>/category.config.ts`). */
export const CategorySchema = closedObject({
  /** Lowercase id, also the folder name under `categories/`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase kebab-case')),
  /** The role as written in the README, e.g. `Backend developer`. */
  role: RequiredLineSchema,
  /** The repository name in the site's GitHub org, e.g. `Backend-Development-Jobs`. */
  repo: RepoNameSchema,
  /** The `utm_campaign` of every link in this category, e.g. `github-backend-jobs`. */
  utmCampaign: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  match: v.optional(CategoryMatchSchema, { include: [], exclude: [] }),
  /** Most rows shown; 0 shows every job in the window. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 50),
  /** Largest README in bytes; rows beyond it go to `jobs/page-2.md`, … (GitHub cuts a README at 512,000). */
  readmeBudget: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10_000)), DEFAULT_README_BUDGET),
  /** Jobs posted this many UTC calendar days before the build (inclusive) are shown. */
  windowDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 7),
  /** This category's README and archive template, overriding the site's `template`. */
  template: v.optional(TemplateNameSchema),
  /** Whether this category's repository gets the reader files, overriding the site's `readerFiles`. */
  readerFiles: v.optional(v.boolean()),
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
