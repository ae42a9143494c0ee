import type { JobInput, Salary } from '@joblist/core-model';
import { createRandom, type Random } from './random.ts';
import { COMPANIES, LOCATIONS, ROLES, SENIORITY, YEARLY_PAY } from './vocabulary.ts';

/** The moment the committed sample is anchored to: jobs are posted in the days before it. */
export const SAMPLE_AS_OF = '2026-11-27T20:30:00Z';

/** Options of {@link generateSampleJobs}. */
export interface SampleOptions {
  /** How many jobs (default 240). */
  count?: number;
  /** Seed of the pseudo-random sequence (default 2025). */
  seed?: number;
  /** Jobs are posted within `spreadDays` before this time (default {@link SAMPLE_AS_OF}). */
  asOf?: string;
  /** Days before `asOf` the postings spread over (default 9, so a few fall outside a 7-day window). */
  spreadDays?: number;
}

const HOUR_MS = 3_600_000;

const domainOf = (company: string) =>
  company
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/gu, 'and')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

function salaryFor(random: Random, currency: string): Salary | undefined {
  if (!random.chance(0.45)) return undefined;
  const [low, high] = YEARLY_PAY[currency] ?? [50_000, 100_000];
  const min = Math.round((low + random.next() * (high - low) * 0.6) / 1000) * 1000;
  const max = Math.round((min * (1.1 + random.next() * 0.3)) / 1000) * 1000;
  if (random.chance(0.15))
    return {
      min: Math.round(min / 12 / 100) * 100,
      max: Math.round(max / 12 / 100) * 100,
      currency,
      period: 'month',
    };
  if (random.chance(0.1)) return { min: Math.round(min / 2080), currency, period: 'hour' };
  return { min, max, currency, period: 'year' };
}

function describe(title: string, company: string, skills: readonly string[], remote: string): string {
  return [
    `${company} is hiring a ${title}.`,
    `You will work with ${skills.slice(0, -1).join(', ')} and ${skills.at(-1)} in a small, product-minded team.`,
    `This role is ${remote}. We value clear writing, code review and shipping in small steps.`,
  ].join('\n\n');
}

/**
 * Generates realistic but synthetic jobs for all four sample categories: fictional companies on
 * `.example` domains, real-world locations, remote / hybrid / on-site, salaries in local currency,
 * skills and descriptions. Deterministic: the same options give the same jobs.
 */
export function generateSampleJobs(options: SampleOptions = {}): JobInput[] {
  const { count = 240, seed = 2025, asOf = SAMPLE_AS_OF, spreadDays = 9 } = options;
  const random = createRandom(seed);
  const anchor = Date.parse(asOf);
  return Array.from({ length: count }, (_, index): JobInput => {
    const role = ROLES[index % ROLES.length] as (typeof ROLES)[number];
    const stack = random.pick<(typeof role.stacks)[number]>(role.stacks);
    const title = `${random.pick(SENIORITY)}${random.pick<string>(role.titles)}${stack.suffix}`;
    const company = random.pick(COMPANIES);
    const location = random.pick(LOCATIONS);
    const roll = random.next();
    const workplace = roll < 0.2 ? 'remote' : roll < 0.35 ? 'hybrid' : 'onsite';
    const domain = domainOf(company);
    const id = String(100_000 + index * 37 + random.int(0, 36));
    const skills = random.sample(stack.skills, random.int(2, stack.skills.length));
    const salary = salaryFor(random, location.currency);
    const remoteText =
      workplace === 'remote'
        ? 'fully remote'
        : workplace === 'hybrid'
          ? 'hybrid, three office days a week'
          : 'on site';
    return {
      id,
      title,
      company: random.chance(0.05)
        ? { name: company }
        : { name: company, url: `https://www.${domain}.example/` },
      url: `https://careers.${domain}.example/jobs/${id}`,
      location: workplace === 'remote' && random.chance(0.4) ? 'Remote' : location.place,
      workplace,
      postedAt: new Date(
        anchor - random.int(0, spreadDays * 24) * HOUR_MS - random.int(0, 59) * 60_000,
      ).toISOString(),
      ...(salary ? { salary } : {}),
      skills,
      description: describe(title, company, skills, remoteText),
    };
  });
}
