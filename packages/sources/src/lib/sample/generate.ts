import type { Category, JobInput, Salary } from '@joblist/core-model';
import { titleMatcher } from '@joblist/core-model';
import { createRandom, hashSeed, type Random } from './random.ts';
import { titleStems } from './titles.ts';
import { COMPANIES, LOCATIONS, MANAGER_SENIORITY, SENIORITY, STACKS, YEARLY_PAY } from './vocabulary.ts';

/** The moment the sample is anchored to: jobs are posted in the days before it. */
export const SAMPLE_AS_OF = '2026-11-27T20:30:00Z';

/** Options of {@link generateSampleJobs}. */
export interface SampleOptions {
  /** How many jobs per category (default 60). */
  perCategory?: number;
  /** Seed of the pseudo-random sequence (default 2025); each category mixes in its id. */
  seed?: number;
  /** Jobs are posted in the days before this time (default {@link SAMPLE_AS_OF}). */
  asOf?: string;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Share of a category's jobs posted inside its window; the rest are older, so the window filter shows. */
const IN_WINDOW_SHARE = 5 / 6;
/** Days before a category's window its older postings spread over. */
const DAYS_PAST_WINDOW = 2;
/** Draws of seniority and stack tried before a category's plain stem is used (its exclude rules may refuse some). */
const TITLE_ATTEMPTS = 8;

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

/** The stacks that fit a title stem: those whose `fits` matches it, else the generic ones. */
function stacksFor(stem: string): typeof STACKS {
  const fitting = STACKS.filter((stack) => stack.fits?.test(stem));
  return fitting.length > 0 ? fitting : STACKS.filter((stack) => stack.fits === undefined);
}

/** A title (seniority + stem + stack suffix) the category accepts, and the skills of its stack. */
function composeTitle(random: Random, stems: readonly string[], accepts: (title: string) => boolean) {
  const stem = random.pick(stems);
  const stacks = stacksFor(stem);
  const seniority = /\bmanager$/iu.test(stem) ? MANAGER_SENIORITY : SENIORITY;
  for (let attempt = 0; attempt < TITLE_ATTEMPTS; attempt++) {
    const stack = random.pick(stacks);
    const title = `${random.pick(seniority)}${stem}${stack.suffix}`;
    if (accepts(title)) return { title, skills: stack.skills };
  }
  return { title: stem, skills: (stacks[0] ?? { skills: [] }).skills };
}

/**
 * Generates realistic but synthetic jobs for every category: `perCategory` each, titled from the
 * category's own match rules ({@link titleStems}) and accepted by them; 5 in 6 posted evenly
 * inside its window before `asOf` (UTC calendar days), the rest in the 2 days before it; fictional
 * companies on `.example` domains, real-world locations, remote / hybrid / on-site, salaries in local currency, skills and descriptions. Deterministic: the same
 * categories and options give the same jobs, and a category's jobs do not depend on the others.
 * Throws when a category's rules accept no title composed from its role, id and keywords.
 */
export function generateSampleJobs(categories: readonly Category[], options: SampleOptions = {}): JobInput[] {
  const { perCategory = 60, seed = 2025, asOf = SAMPLE_AS_OF } = options;
  const anchor = Date.parse(asOf);
  return categories.flatMap((category) => {
    const windowStart = (Math.floor(anchor / DAY_MS) - category.windowDays) * DAY_MS;
    const inWindow = Math.ceil(perCategory * IN_WINDOW_SHARE);
    const postedAt = (index: number, random: Random) => {
      const time =
        index < inWindow
          ? anchor - ((index + random.next()) / inWindow) * (anchor - windowStart)
          : windowStart -
            ((index - inWindow + random.next()) / (perCategory - inWindow)) * DAYS_PAST_WINDOW * DAY_MS;
      return new Date(Math.floor(time / MINUTE_MS) * MINUTE_MS).toISOString();
    };
    const stems = titleStems(category);
    if (stems.length === 0)
      throw new Error(
        `category "${category.id}": match: no sample title built from its role, id or include keywords is accepted by its rules; add a keyword to match.include`,
      );
    const accepts = titleMatcher(category);
    const random = createRandom(seed ^ hashSeed(category.id));
    return Array.from({ length: perCategory }, (_, index): JobInput => {
      const { title, skills: stackSkills } = composeTitle(random, stems, accepts);
      const company = random.pick(COMPANIES);
      const location = random.pick(LOCATIONS);
      const roll = random.next();
      const workplace = roll < 0.2 ? 'remote' : roll < 0.35 ? 'hybrid' : 'onsite';
      const domain = domainOf(company);
      const id = `${category.id}-${String(index + 1).padStart(3, '0')}`;
      const skills = random.sample(stackSkills, random.int(2, stackSkills.length));
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
        postedAt: postedAt(index, random),
        ...(salary ? { salary } : {}),
        skills,
        description: describe(title, company, skills, remoteText),
      };
    });
  });
}
