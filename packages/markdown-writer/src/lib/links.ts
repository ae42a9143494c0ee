import type { Category, Job, Site } from '@joblist/core-model';
import type { RenderInput } from './input.ts';

/** The three UTM parameters every brand and job link of a category carries. */
export interface Utm {
  source: string;
  medium: string;
  campaign: string;
}

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

/** The UTM parameters of a category: the site's source and medium, the category's campaign. */
export function utmFor(site: Site, category: Category): Utm {
  return { source: site.utm.source, medium: site.utm.medium, campaign: category.utmCampaign };
}

interface UrlParts {
  base: string;
  params: string[];
  fragment: string;
}

/** Splits a URL string into base, query parameters and fragment without re-serialising any byte. */
function splitUrl(url: string): UrlParts {
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? '' : url.slice(hash);
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  if (question === -1) return { base: beforeHash, params: [], fragment };
  // A bare `?` is kept as one empty parameter, so the link reads back byte for byte.
  return { base: beforeHash.slice(0, question), params: beforeHash.slice(question + 1).split('&'), fragment };
}

function joinUrl({ base, params, fragment }: UrlParts): string {
  return `${base}${params.length > 0 ? `?${params.join('&')}` : ''}${fragment}`;
}

const isUtmParam = (param: string) => (UTM_KEYS as readonly string[]).includes(param.split('=')[0] ?? '');

/**
 * Adds the UTM parameters to a link: its own query string and fragment are kept byte for byte,
 * any UTM parameters it already had are replaced.
 */
export function withUtm(url: string, utm: Utm): string {
  const parts = splitUrl(url);
  const utmParams = [
    `utm_source=${encodeURIComponent(utm.source)}`,
    `utm_medium=${encodeURIComponent(utm.medium)}`,
    `utm_campaign=${encodeURIComponent(utm.campaign)}`,
  ];
  return joinUrl({ ...parts, params: [...parts.params.filter((p) => !isUtmParam(p)), ...utmParams] });
}

/** Removes exactly these UTM parameters (the category's) from a link; other parameters stay as they are. */
export function stripUtm(url: string, utm: Utm): string {
  const parts = splitUrl(url);
  const own = new Set(withUtm('', utm).slice(1).split('&'));
  return joinUrl({ ...parts, params: parts.params.filter((p) => !own.has(p)) });
}

/**
 * The job-link slug of a title: NFD-normalise, drop combining marks, lowercase, delete every character
 * not in `[a-z0-9\s-]`, replace whitespace runs with `-`, collapse repeated `-`; no trimming.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/gu, '')
    .replace(/\s+/gu, '-')
    .replace(/-+/gu, '-');
}

/** The part of a job id the link template's `{id}` stands for: the provider's own id (after the last `:`). */
export function templateId(jobId: string): string {
  return jobId.slice(jobId.lastIndexOf(':') + 1);
}

/** A job's link in the table: the site's template (`{id}`, `{slug}`) or the job's own url, plus UTM. */
export function jobLink(job: Job, site: Site, category: Category): string {
  const url = site.jobLink
    ? site.jobLink
        .replaceAll('{id}', encodeURIComponent(templateId(job.id)))
        .replaceAll('{slug}', slugify(job.title))
    : job.url;
  return withUtm(url, utmFor(site, category));
}

/** Each render input's job links (kept while the input is: a category's, not a whole run's). */
const madeLinks = new WeakMap<RenderInput, readonly string[]>();

/**
 * The {@link jobLink} of each of a render input's jobs, in row order: made once per input and shared by the
 * README, archive, feeds and page, which all show them.
 */
export function jobLinks(input: RenderInput): readonly string[] {
  let links = madeLinks.get(input);
  if (links === undefined) {
    links = input.jobs.map((job) => jobLink(job, input.site, input.category));
    madeLinks.set(input, links);
  }
  return links;
}

/** A brand link (`https://jobr.pro?utm_source=…`) for a category. */
export function brandLink(site: Site, category: Category): string {
  return withUtm(site.brand.url, utmFor(site, category));
}

/** The GitHub address of a category's repository. */
export function repositoryUrl(site: Site, category: Category): string {
  return `https://github.com/${site.github.org}/${category.repo}`;
}

/** The GitHub Pages address of a category's repository, where its `index.html` and feeds are served. */
export function pagesUrl(site: Site, category: Category): string {
  return `https://${site.github.org.toLowerCase()}.github.io/${category.repo}/`;
}
