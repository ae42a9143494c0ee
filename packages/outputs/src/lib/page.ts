import type { Job } from '@joblist/core-model';
import {
  brandLink,
  formatMonthDay,
  formatUpdated,
  jobLink,
  type RenderInput,
  WORKPLACE_LABELS,
} from '@joblist/markdown-writer';
import { UNKNOWN_COMPANY } from '@joblist/stats';
import { escapeHtml } from './escape-html.ts';
import { htmlDocument } from './html-document.ts';
import { JOBS_JSON_FILE } from './jobs-json.ts';
import { JSON_FEED_FILE } from './json-feed.ts';
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets.ts';
import { RSS_FILE } from './rss.ts';

/** The page's file name in a category repository (GitHub Pages serves it as the site's root). */
export const PAGE_FILE = 'index.html';

/** The text the page's filter searches: company, title and location, lowercase. */
export function searchText(job: Job): string {
  return [job.company.name || UNKNOWN_COMPANY, job.title, job.location].join(' ').toLowerCase();
}

const option = (value: string, label: string) =>
  `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;

function jobRow(job: Job, index: number, input: RenderInput): string {
  const company = escapeHtml(job.company.name || UNKNOWN_COMPANY);
  const companyCell = job.company.url ? `<a href="${escapeHtml(job.company.url)}">${company}</a>` : company;
  const posted = new Date(job.postedAt);
  const data = [
    ['index', String(index)],
    ['text', searchText(job)],
    ['workplace', job.workplace],
    ['location', job.location],
    ['posted', posted.toISOString()],
  ];
  return [
    `<tr ${data.map(([name, value]) => `data-${name}="${escapeHtml(value ?? '')}"`).join(' ')}>`,
    `<td data-label="Company">${companyCell}</td>`,
    `<td data-label="Position"><a href="${escapeHtml(jobLink(job, input.site, input.category))}">${escapeHtml(job.title)}</a></td>`,
    `<td data-label="Location">${escapeHtml(job.location)}</td>`,
    `<td data-label="Type">${WORKPLACE_LABELS[job.workplace]}</td>`,
    `<td data-label="Date" class="date"><time datetime="${posted.toISOString()}">${formatMonthDay(posted)}</time></td>`,
    '</tr>',
  ].join('');
}

function filters(input: RenderInput): string {
  const locations = [...new Set(input.jobs.map((job) => job.location).filter(Boolean))].sort();
  return [
    '<form id="filters" role="search" aria-label="Filter jobs">',
    '<div><label for="filter-text">Search company, position or location</label>',
    '<input id="filter-text" type="search" autocomplete="off"></div>',
    '<div><label for="filter-workplace">Workplace</label><select id="filter-workplace">',
    option('', 'Any workplace'),
    ...Object.entries(WORKPLACE_LABELS).map(([value, label]) => option(value, label)),
    '</select></div>',
    '<div><label for="filter-location">Location</label><select id="filter-location">',
    option('', 'Any location'),
    ...locations.map((location) => option(location, location)),
    '</select></div>',
    '</form>',
  ].join('\n');
}

function siblings(input: RenderInput): string {
  const others = input.categories.filter((category) => category.id !== input.category.id);
  if (others.length === 0) return '';
  const items = others.map(
    (category) =>
      `<li><a href="../${escapeHtml(category.repo)}/${PAGE_FILE}">${escapeHtml(category.role)} jobs</a></li>`,
  );
  return `<nav aria-label="Other categories"><h2>Other categories</h2><ul>${items.join('')}</ul></nav>`;
}

/**
 * Renders `index.html`: one self-contained page (inline style and script, no network) with the same
 * jobs as the README, a text, workplace and location filter, a sortable date column, links to the
 * feeds and the sibling categories. Every value is HTML-escaped; rows are in the page, so it reads
 * without JavaScript too.
 */
export function renderPage(input: RenderInput): string {
  const { category, site, builtAt } = input;
  const title = `${category.role} Jobs ${builtAt.getUTCFullYear()}`;
  const feeds = [
    [RSS_FILE, 'RSS feed'],
    [JSON_FEED_FILE, 'JSON Feed'],
    [JOBS_JSON_FILE, 'jobs.json'],
  ];
  return htmlDocument({
    title,
    style: PAGE_STYLE,
    head: [
      `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(title)}" href="${RSS_FILE}">`,
      `<link rel="alternate" type="application/feed+json" title="${escapeHtml(title)}" href="${JSON_FEED_FILE}">`,
    ],
    body: [
      '<header>',
      `<h1>${escapeHtml(title)}</h1>`,
      `<p class="meta">Last updated: ${formatUpdated(builtAt)} · by <a href="${escapeHtml(brandLink(site, category))}">${escapeHtml(site.brand.name)}</a></p>`,
      `<nav aria-label="Subscribe"><ul>${feeds.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join('')}</ul></nav>`,
      '</header>',
      '<main>',
      filters(input),
      '<p class="sort-mobile"><button type="button" data-sort>Date (newest first)</button></p>',
      `<p id="count" class="count" role="status" aria-live="polite">${input.jobs.length} of ${input.jobs.length} jobs shown</p>`,
      '<table>',
      `<caption class="meta">Current ${escapeHtml(category.role)} openings</caption>`,
      '<thead><tr><th scope="col">Company</th><th scope="col">Position</th><th scope="col">Location</th><th scope="col">Type</th>',
      '<th scope="col" id="date-header" aria-sort="descending"><button type="button" data-sort>Date (newest first)</button></th></tr></thead>',
      '<tbody id="jobs">',
      ...input.jobs.map((job, index) => jobRow(job, index, input)),
      '</tbody>',
      '</table>',
      '</main>',
      '<footer>',
      siblings(input),
      '</footer>',
      `<script>${PAGE_SCRIPT}</script>`,
    ],
  });
}
