/** How a slot's value is written: `text` escaped for Markdown, `url` and `markdown` as built by joblist. */
export type SlotKind = 'text' | 'url' | 'markdown';

/** A slot that holds one value. */
export interface ValueSlot {
  kind: SlotKind;
  /** What it holds, for the slot reference. */
  doc: string;
}

/** A slot that holds a list: `{{#name}}…{{/name}}` repeats once per item, with the item's slots inside. */
export interface ListSlot {
  kind: 'list';
  doc: string;
  item: Readonly<Record<string, ValueSlot>>;
}

/** One entry of the slot reference. */
export type SlotSpec = ValueSlot | ListSlot;

const text = (doc: string): ValueSlot => ({ kind: 'text', doc });
const url = (doc: string): ValueSlot => ({ kind: 'url', doc });

/** Every slot a README or archive template may use, with what it holds (README "Templates" lists them). */
export const TEMPLATE_SLOTS = {
  role: text('The category role as configured, e.g. `Backend developer`'),
  year: text('The build year, e.g. `2025`'),
  updated: text('The build time, e.g. `Nov 03, 2025 at 20:30 UTC`'),
  day: text('The build day, e.g. `2025-11-03` (the archive file name)'),
  repo: text("The category's repository name, e.g. `Backend-Development-Jobs`"),
  'brand.name': text('The brand name, e.g. `Jobr.pro`'),
  'brand.url': url("The brand link with the category's UTM parameters"),
  'brand.relatedUrl': url('The brand link with `utm_campaign=related-repos`'),
  'brand.email': url('The contact e-mail address, as validated (GitHub links it)'),
  'brand.tagline': text('The bold words after "Visit {brand}"'),
  'brand.pitch': text('The sentence under the Visit line'),
  'brand.summary': text('The short description in the archive footer'),
  table: { kind: 'markdown', doc: 'The openings table: header, delimiter row and one row per job' },
  'stats.jobs': text('Rows shown'),
  'stats.remotePercent': text('Share of remote rows, rounded, without `%`'),
  'stats.companies': text('Distinct companies'),
  'stats.averageSalary': text('Mean annual salary as `120k`, or `Not specified`'),
  'stats.skills': text('The trending skills joined with `, `; empty when there are none'),
  'stats.salaryCurrency': text(
    'The currency of `stats.averageSalary`, e.g. `EUR`; empty when no row has a salary',
  ),
  'stats.newJobs': text('Rows first seen in the latest fetch (new since the last run); empty when none'),
  'stats.closed': text('Jobs of the category closed within its window; empty when none'),
  'stats.trendTotal': text("Postings of the category over the trend chart's 90 days"),
  'links.page': url('The page (`index.html`) on GitHub Pages, `https://<org>.github.io/<repo>/`'),
  'links.rss': url('The RSS feed (`feed.xml`) on GitHub Pages'),
  'links.jsonFeed': url('The JSON Feed (`feed.json`) on GitHub Pages'),
  'links.jobsJson': url('The jobs file (`jobs.json`) on GitHub Pages'),
  'links.chart': url('The trend chart (`trend.svg`), relative to the README, for an image'),
  related: {
    kind: 'list',
    doc: 'The other categories in site order',
    item: { name: text('The repository name with spaces for `-`'), url: url('The repository address') },
  },
  closed: {
    kind: 'list',
    doc: 'The jobs of the category closed within its window, most recently closed first',
    item: {
      company: text('The company name (or `Unknown Company`)'),
      title: text('The position'),
      closedOn: text('The day it closed, e.g. `Nov 03`'),
      reason: text('`gone from its source` or `page gone`'),
    },
  },
} as const satisfies Record<string, SlotSpec>;

/** A slot name. */
export type SlotName = keyof typeof TEMPLATE_SLOTS;

/** One item of a list slot: its slots' values. */
export type SlotItem = Readonly<Record<string, string>>;

/** The values of every slot for one render. */
export type SlotValues = {
  readonly [Name in SlotName]: (typeof TEMPLATE_SLOTS)[Name] extends ListSlot ? readonly SlotItem[] : string;
};

/** Filters a text slot may pass through: `{{ role | title }}`. */
export const TEMPLATE_FILTERS: Readonly<Record<string, (value: string) => string>> = {
  /** Every word's first letter upper-cased: `Full stack developer` → `Full Stack Developer`. */
  title: (value) =>
    value.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  lower: (value) => value.toLowerCase(),
  upper: (value) => value.toUpperCase(),
};
