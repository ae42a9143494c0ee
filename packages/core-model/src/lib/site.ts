import * as v from 'valibot';
import { TemplateNameSchema } from './category.ts';
import { closedObject } from './closed-object.ts';
import { CurrencyCodeSchema, ECB_DAILY_RATES_URL } from './currency.ts';
import { HistorySettingsSchema } from './history.ts';
import { RequiredLineSchema } from './text.ts';
import { HttpUrlSchema } from './url.ts';

/** The placeholder a remote template needs when the site publishes more than one repository. */
export const REPO_PLACEHOLDER = '{repo}';

/** A GitHub organisation or user name: letters, digits and single inner hyphens, at most 39 characters. */
export const OrgNameSchema = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.maxLength(39, 'must be at most 39 characters (a GitHub organisation or user name)'),
  v.regex(
    /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/u,
    'must be a GitHub organisation or user name: letters, digits and single hyphens inside',
  ),
);

/** The brand every README links to and speaks for. */
export const BrandSchema = closedObject({
  name: RequiredLineSchema,
  url: HttpUrlSchema,
  email: v.pipe(v.string(), v.email('must be an e-mail address')),
  /** Bold words after "Visit {name} —", e.g. `you choose the job, we handle the paperwork`. */
  tagline: RequiredLineSchema,
  /** The sentence under the Visit line. */
  pitch: RequiredLineSchema,
  /** Short description in the archive footer, e.g. `AI-powered job search platform`. */
  summary: RequiredLineSchema,
});

/** A source entry: its `type` picks the adapter; the other options are the adapter's own. */
export const SourceConfigSchema = v.looseObject({
  type: v.pipe(v.string(), v.nonEmpty('must name a source type')),
  categories: v.optional(v.array(v.string())),
});

/** How `joblist publish` writes to the category repositories. */
export const PublishSchema = closedObject({
  /** Where a category's repository lives; `{org}` and `{repo}` are replaced. */
  remote: v.optional(v.string(), 'out/repos/{repo}.git'),
  branch: v.optional(v.string(), 'main'),
  /** Archive files older than this many days are deleted. */
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 7),
  /** `{role}` (lowercase) and `{updated}` (`Nov 03, 2025 at 20:30 UTC`) are replaced. */
  commitMessage: v.optional(v.string(), 'Update {role} job listings - {updated}'),
  author: v.optional(closedObject({ name: v.string(), email: v.pipe(v.string(), v.email()) }), {
    name: 'joblist-bot',
    email: 'joblist-bot@users.noreply.github.com',
  }),
  /** Refuse to publish a README that drops more than this share of the published rows. */
  maxDropShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.5),
  /** The row-drop guard measures from the most rows among this many last published READMEs. */
  dropBaselineRuns: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 10),
  /** Repositories published at once. */
  concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 4),
  /**
   * Categories per job of the sharded publish workflow: it runs ceil(categories / shardSize) build and
   * publish jobs (at most 256, GitHub's matrix limit); `joblist workflow` writes it from this.
   */
  shardSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 100),
});

/** How the README's `Avg salary` is computed: the currency it is shown in and where exchange rates come from. */
export const SalarySettingsSchema = closedObject({
  /** Salaries are converted into this currency (with the snapshot's exchange rates). */
  currency: v.optional(CurrencyCodeSchema, 'USD'),
  /** When set, `joblist fetch` fetches exchange rates (the ECB's daily euro reference rates XML by default). */
  rates: v.optional(closedObject({ url: v.optional(HttpUrlSchema, ECB_DAILY_RATES_URL) })),
});

/** The root `joblist.config.ts`: brand, GitHub org, UTM, link template, category order, sources. */
export const SiteSchema = v.pipe(
  closedObject({
    brand: BrandSchema,
    github: closedObject({ org: OrgNameSchema }),
    utm: closedObject({ source: v.string(), medium: v.string() }),
    /** Optional job-link template, e.g. `https://jobr.pro/job/{id}/{slug}`; else each job's own url. */
    jobLink: v.optional(v.pipe(v.string(), v.includes('{', 'must contain a {placeholder}'))),
    /** Category ids in display order; this order drives every Related Job Repositories list. */
    categories: v.pipe(v.array(v.string()), v.nonEmpty('must list at least one category')),
    sources: v.optional(v.array(SourceConfigSchema), []),
    publish: v.optional(PublishSchema, {}),
    salary: v.optional(SalarySettingsSchema, {}),
    /** The README and archive template of every category (default `jobr-2025`); a category may override it. */
    template: v.optional(TemplateNameSchema),
    /**
     * Whether each category repository also gets its reader files (`jobs.json` and its schema, `feed.xml`,
     * `feed.json`, `index.html`) beside the README and archive; default true; a category may override it.
     */
    readerFiles: v.optional(v.boolean(), true),
    /** The job history kept in the snapshot: how long a closed job is remembered. */
    history: v.optional(HistorySettingsSchema, {}),
    /**
     * A license file (path relative to the project root, e.g. `LICENSE`) copied into every category
     * repository as `LICENSE`, listed in its build manifest like any output; none by default.
     */
    license: v.optional(v.pipe(v.string(), v.nonEmpty('must name a file, e.g. "LICENSE"'))),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const site = dataset.value;
    const { remote } = site.publish;
    if (site.categories.length < 2 || remote.includes(REPO_PLACEHOLDER)) return;
    addIssue({
      message: `must contain ${REPO_PLACEHOLDER} when the site has more than one category (each publishes to its own repository)`,
      input: remote,
      received: JSON.stringify(remote),
      path: [
        { type: 'object', origin: 'value', input: site, key: 'publish', value: site.publish },
        { type: 'object', origin: 'value', input: site.publish, key: 'remote', value: remote },
      ],
    });
  }),
);

/** A site config as written by a maintainer. */
export type SiteInput = v.InferInput<typeof SiteSchema>;
/** A validated site config with defaults applied. */
export type Site = v.InferOutput<typeof SiteSchema>;
/** One validated source entry. */
export type SourceConfig = v.InferOutput<typeof SourceConfigSchema>;
/** Validated salary settings. */
export type SalarySettings = v.InferOutput<typeof SalarySettingsSchema>;
/** Validated publish settings. */
export type PublishSettings = v.InferOutput<typeof PublishSchema>;

/** Identity helper that types the root `joblist.config.ts` default export. */
export function defineSite(config: SiteInput): SiteInput {
  return config;
}
