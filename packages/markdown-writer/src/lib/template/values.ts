import { formatAverageSalary } from '@joblist/stats';
import { formatUpdated, isoDay } from '../format.ts';
import type { RenderInput } from '../input.ts';
import { brandLink, repositoryUrl, utmFor, withUtm } from '../links.ts';
import type { SlotValues } from './slots.ts';

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
  };
}
