import { toSingleLine } from '@joblist/core-model';

/** Query parameters that only track where a click came from; they never change the posting. */
const TRACKING_PARAM =
  /^(?:utm_.*|gclid|gclsrc|dclid|fbclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|ref|ref_src|referrer|source|src|gh_src|trk|lever-source|lever-origin)$/iu;

/**
 * The identity of a job URL for deduplication: host lowercased, `www.` and default ports kept as the
 * URL parser leaves them, scheme, fragment and tracking parameters (`utm_*`, `gclid`, `fbclid`, `ref`,
 * `source`, …) dropped, remaining parameters sorted, and a trailing slash removed from the path.
 */
export function normaliseJobUrl(url: string): string {
  if (!URL.canParse(url)) return url.trim();
  const parsed = new URL(url);
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/u, '') : '';
  return `//${parsed.host}${path}${query ? `?${query}` : ''}`;
}

/** The fields deduplication looks at. */
export interface DedupeFields {
  id: string;
  url: string;
  title: string;
  location: string;
  company: { name: string };
}

const fold = (value: string) => toSingleLine(value).toLowerCase();

/**
 * Keeps the first of each group of duplicates, in input order: the same id, the same normalised URL
 * (see {@link normaliseJobUrl}), or the same company + title + location compared case-insensitively
 * (only when the company is known, since an empty company name says nothing about the employer).
 */
export function dedupeJobs<T extends DedupeFields>(jobs: readonly T[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const job of jobs) {
    const company = fold(job.company.name);
    const keys = [`id ${job.id}`, `url ${normaliseJobUrl(job.url)}`];
    if (company) keys.push(`posting ${company}\n${fold(job.title)}\n${fold(job.location)}`);
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    kept.push(job);
  }
  return kept;
}
