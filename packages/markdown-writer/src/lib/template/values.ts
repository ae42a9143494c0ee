import { READER_FILES } from '@joblist/core-model';
import { formatAverageSalary, isNewJob, UNKNOWN_COMPANY } from '@joblist/stats';
import { formatMonthDay, formatUpdated, isoDay } from '../format.ts';
import type { RenderInput } from '../input.ts';
import { brandLink, pagesUrl, repositoryUrl, utmFor, withUtm } from '../links.ts';
import type { SlotItem, SlotValues } from './slots.ts';

/** How a closed job's reason reads, in the README and on the page. */
export const CLOSED_REASONS = { source: 'gone from its source', link: 'page gone' } as const;

/** A count as a slot shows it: empty when 0, so `{{#slot}}…{{/slot}}` shows only when there is one. */
const countOrEmpty = (count: number) => (count === 0 ? '' : String(count));

/** The slots about a category's history and reader files: new and closed jobs, trend, links. */
function historyValues(input: RenderInput) {
  const { site, category, stats } = input;
  const pages = pagesUrl(site, category);
  const closed = input.closed ?? [];
  return {
    'stats.salaryCurrency': stats.salaryBasis?.currency ?? '',
    'stats.newJobs': countOrEmpty(input.jobs.filter(isNewJob).length),
    'stats.closed': countOrEmpty(closed.length),
    'stats.trendTotal': String((input.trend ?? []).reduce((sum, count) => sum + count, 0)),
    'links.page': pages,
    'links.rss': `${pages}${READER_FILES.rss}`,
    'links.jsonFeed': `${pages}${READER_FILES.jsonFeed}`,
    'links.jobsJson': `${pages}${READER_FILES.jobsJson}`,
    'links.chart': READER_FILES.chart,
    closed: closed.map(
      (job): SlotItem => ({
        company: job.company.name || UNKNOWN_COMPANY,
        title: job.title,
        closedOn: formatMonthDay(new Date(job.closedAt)),
        reason: CLOSED_REASONS[job.closedBy],
      }),
    ),
  };
}

/** The `utm_campaign` of the brand link under the Related section (the 2026 format's "Find more jobs" line). */
export const RELATED_REPOS_CAMPAIGN = 'related-repos';

/** Every slot's value for one category at one build time; `table` is the already rendered openings table. */
export function slotValues(input: RenderInput, table: string): SlotValues {
  const { site, category, stats, builtAt } = input;
  return {
    role: category.role,
    year: String(builtAt.getUTCFullYear()),
    updated: formatUpdated(builtAt),
    day: isoDay(builtAt),
    repo: category.repo,
    'brand.name': site.brand.name,
    'brand.url': brandLink(site, category),
    'brand.relatedUrl': withUtm(site.brand.url, {
      ...utmFor(site, category),
      campaign: RELATED_REPOS_CAMPAIGN,
    }),
    'brand.email': site.brand.email,
    'brand.tagline': site.brand.tagline,
    'brand.pitch': site.brand.pitch,
    'brand.summary': site.brand.summary,
    table,
    'stats.jobs': String(stats.jobs),
    'stats.remotePercent': String(stats.remotePercent),
    'stats.companies': String(stats.companies),
    'stats.averageSalary': formatAverageSalary(stats.averageSalary),
    'stats.skills': stats.trendingSkills.join(', '),
    related: input.categories
      .filter((other) => other.id !== category.id)
      .map((other) => ({ name: other.repo.replaceAll('-', ' '), url: repositoryUrl(site, other) })),
    ...historyValues(input),
  };
}
