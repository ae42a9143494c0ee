import { type ClosedJob, READER_FILES, type SnapshotJob } from '@joblist/core-model';
import {
  brandLink,
  CLOSED_REASONS,
  formatMonthDay,
  formatUpdated,
  jobLinks,
  type RenderInput,
  WORKPLACE_LABELS,
} from '@joblist/markdown-writer';
import { ageDays, formatAge, formatSalary, isNewJob, UNKNOWN_COMPANY } from '@joblist/stats';
import { escapeHtml } from './escape-html.ts';
import { htmlDocument } from './html-document.ts';
import { JOBS_JSON_FILE } from './jobs-json.ts';
import { JSON_FEED_FILE } from './json-feed.ts';
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets.ts';
import { RSS_FILE } from './rss.ts';
import { renderTrendChart } from './trend-chart.ts';

/** The page's file name in a category repository (GitHub Pages serves it as the site's root). */
export const PAGE_FILE = READER_FILES.page;

/** The text the page's filter searches: company, title and location, lowercase. */
export function searchText(job: SnapshotJob): string {
  return [job.company.name || UNKNOWN_COMPANY, job.title, job.location].join(' ').toLowerCase();
}

const option = (value: string, label: string) =>
  `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;

/** The visa filter's and cell's words for what a posting says about sponsorship. */
const VISA = { yes: 'Offers visa sponsorship', no: 'No visa sponsorship' } as const;

const visaOf = (job: SnapshotJob) =>
  job.visaSponsorship === undefined ? '' : job.visaSponsorship ? 'yes' : 'no';

function jobRow(job: SnapshotJob, index: number, link: string, input: RenderInput): string {
  const company = escapeHtml(job.company.name || UNKNOWN_COMPANY);
  const companyCell = job.company.url ? `<a href="${escapeHtml(job.company.url)}">${company}</a>` : company;
  const posted = new Date(job.postedAt);
  const age = ageDays(job, input.builtAt);
  const fresh = isNewJob(job);
  const visa = visaOf(job);
  const skills = job.skills ?? [];
  const data = [
    ['index', String(index)],
    ['text', searchText(job)],
    ['workplace', job.workplace],
    ['location', job.location],
    ['posted', posted.toISOString()],
    ['skills', skills.join('|')],
    ['salary', job.salary ? '1' : '0'],
    ['visa', visa],
    ['age', String(age)],
    ['new', fresh ? '1' : '0'],
  ];
  return [
    `<tr ${data.map(([name, value]) => `data-${name}="${escapeHtml(value ?? '')}"`).join(' ')}>`,
    `<td data-label="Company">${companyCell}</td>`,
    `<td data-label="Position"><a href="${escapeHtml(link)}">${escapeHtml(job.title)}</a></td>`,
    `<td data-label="Location">${escapeHtml(job.location)}</td>`,
    `<td data-label="Type">${WORKPLACE_LABELS[job.workplace]}</td>`,
    `<td data-label="Salary" class="salary">${job.salary ? escapeHtml(formatSalary(job.salary)) : ''}</td>`,
    `<td data-label="Skills">${escapeHtml(skills.join(', '))}</td>`,
    `<td data-label="Visa">${visa === '' ? '' : VISA[visa]}</td>`,
    `<td data-label="Age" class="age">${fresh ? '<span class="new">New</span> ' : ''}${formatAge(age)}</td>`,
    `<td data-label="Date" class="date"><time datetime="${posted.toISOString()}">${formatMonthDay(posted)}</time></td>`,
    '</tr>',
  ].join('');
}

/** One labelled filter: a select of `options` (value, label), its value kept in the address as `param`. */
function select(param: string, label: string, options: readonly (readonly [string, string])[]): string {
  return [
    `<div><label for="filter-${param}">${label}</label><select id="filter-${param}" data-param="${param}">`,
    ...options.map(([value, text]) => option(value, text)),
    '</select></div>',
  ].join('\n');
}

function filters(input: RenderInput): string {
  const locations = [...new Set(input.jobs.map((job) => job.location).filter(Boolean))].sort();
  const skills = [...new Set(input.jobs.flatMap((job) => job.skills ?? []))].sort();
  return [
    '<form id="filters" role="search" aria-label="Filter jobs">',
    '<div><label for="filter-text">Search company, position or location</label>',
    '<input id="filter-text" type="search" autocomplete="off" data-param="q"></div>',
    select('workplace', 'Workplace', [['', 'Any workplace'], ...Object.entries(WORKPLACE_LABELS)]),
    select('location', 'Location', [
      ['', 'Any location'],
      ...locations.map((place) => [place, place] as const),
    ]),
    select('skill', 'Skill', [['', 'Any skill'], ...skills.map((skill) => [skill, skill] as const)]),
    select('salary', 'Salary', [
      ['', 'Any salary'],
      ['stated', 'Salary stated'],
    ]),
    select('visa', 'Visa sponsorship', [['', 'Any'], ...Object.entries(VISA)]),
    select('age', 'Age', [
      ['', 'Any age'],
      ['new', 'New since the last update'],
      ['1', 'Up to 1 day'],
      ['7', 'Up to 7 days'],
      ['30', 'Up to 30 days'],
    ]),
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

/** The recently closed jobs: title, company, the day and why each closed; nothing when none did. */
function closedSection(closed: readonly ClosedJob[]): string[] {
  if (closed.length === 0) return [];
  const items = closed.map(
    (job) =>
      `<li>${escapeHtml(job.title)} at ${escapeHtml(job.company.name || UNKNOWN_COMPANY)}: closed <time datetime="${job.closedAt}">${formatMonthDay(new Date(job.closedAt))}</time> (${CLOSED_REASONS[job.closedBy]})</li>`,
  );
  return [
    '<section aria-labelledby="closed-title">',
    `<h2 id="closed-title">Recently closed</h2><ul id="closed">${items.join('')}</ul>`,
    '</section>',
  ];
}

/**
 * Renders `index.html`: one self-contained page (inline style, script and trend chart, no network) with the
 * same jobs as the README: salary, skills, visa sponsorship and age columns; text, workplace, location,
 * skill, salary, visa and age filters kept in the address (shareable); a message when nothing matches; a
 * sortable date column; dark mode by `prefers-color-scheme`; links to the feeds, the recently closed jobs
 * and the sibling categories. Every value is HTML-escaped; rows are in the page, so it reads without
 * JavaScript too.
 */
export function renderPage(input: RenderInput): string {
  const { category, site, builtAt } = input;
  const links = jobLinks(input);
  const title = `${category.role} Jobs ${builtAt.getUTCFullYear()}`;
  const feeds = [
    [RSS_FILE, 'RSS feed'],
    [JSON_FEED_FILE, 'JSON Feed'],
    [JOBS_JSON_FILE, 'jobs.json'],
  ];
  const columns = ['Company', 'Position', 'Location', 'Type', 'Salary', 'Skills', 'Visa', 'Age'];
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
      `<figure id="trend">${renderTrendChart(input).trimEnd()}</figure>`,
      filters(input),
      '<p class="sort-mobile"><button type="button" data-sort>Date (newest first)</button></p>',
      `<p id="count" class="count" role="status" aria-live="polite">${input.jobs.length} of ${input.jobs.length} jobs shown</p>`,
      '<div id="empty" class="empty" hidden><p>No jobs match these filters.</p><button type="button" id="clear">Clear all filters</button></div>',
      '<table>',
      `<caption class="meta">Current ${escapeHtml(category.role)} openings</caption>`,
      `<thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}`,
      '<th scope="col" id="date-header" aria-sort="descending"><button type="button" data-sort>Date (newest first)</button></th></tr></thead>',
      '<tbody id="jobs">',
      ...input.jobs.map((job, index) => jobRow(job, index, links[index] ?? '', input)),
      '</tbody>',
      '</table>',
      ...closedSection(input.closed ?? []),
      '</main>',
      '<footer>',
      siblings(input),
      '</footer>',
      `<script>${PAGE_SCRIPT}</script>`,
    ],
  });
}
