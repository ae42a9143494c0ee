import { closeSync, openSync, writeSync } from 'node:fs';
import { type SnapshotJob, serializeSnapshot } from '@joblist/core-model';
import { createRandom } from '@joblist/sources';

/** A generated category: config fields plus the keyword its titles carry. */
export interface SyntheticCategory {
  id: string;
  role: string;
  repo: string;
  utmCampaign: string;
  keyword: string;
}

const SENIORITY = ['Junior', 'Mid-level', 'Senior', 'Staff', 'Principal', 'Lead'];
const ROLE_NOUN = ['Engineer', 'Developer', 'Specialist', 'Architect', 'Consultant', 'Analyst'];
const CITIES = ['Berlin', 'London', 'New York, NY', 'Toronto', 'Lisbon', 'Warsaw', 'Austin, TX', 'Remote'];
const SKILLS = [
  'typescript',
  'python',
  'go',
  'rust',
  'java',
  'react',
  'postgresql',
  'kubernetes',
  'aws',
  'docker',
];
const WORKPLACES = ['remote', 'onsite', 'hybrid'] as const;
const DAY_MS = 86_400_000;

/** `count` categories `c000`, `c001`, …; category `i` matches titles with the keyword `fieldi`. */
export function syntheticCategories(count: number): SyntheticCategory[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index).padStart(3, '0');
    return {
      id: `c${n}`,
      role: `Field${index} developer`,
      repo: `Field${index}-Jobs`,
      utmCampaign: `github-c${n}-jobs`,
      keyword: `field${index}`,
    };
  });
}

/**
 * `jobs` deterministic jobs spread over `categories` keywords, posted in the 30 days before `updatedAt`,
 * sorted as a snapshot holds them; about half the titles are distinct, a tenth of the jobs have explicit
 * membership; descriptions repeat the title `repeat` times (8 make a job about 900 bytes, as in the issue's
 * 93 MB / 100k snapshot).
 */
export function syntheticJobs(
  jobs: number,
  categories: readonly SyntheticCategory[],
  updatedAt: string,
  repeat = 8,
) {
  const random = createRandom(20_261_127);
  const end = Date.parse(updatedAt);
  const list = Array.from({ length: jobs }, (_, index) => {
    const category = random.pick(categories);
    const team = random.chance(0.5) ? ` (Team ${random.int(1, 400)})` : '';
    const title = `${random.pick(SENIORITY)} Field${categories.indexOf(category)} ${random.pick(ROLE_NOUN)}${team}`;
    const company = `Company ${random.int(1, 5000)}`;
    const skills = random.sample(SKILLS, random.int(0, 4));
    const minimum = random.int(40, 200) * 1000;
    return {
      id: `synthetic:board-${index % 500}:${index}`,
      title,
      company: { name: company, url: `https://company-${company.slice(8)}.example` },
      url: `https://jobs.example/${index}`,
      location: random.pick(CITIES),
      workplace: random.pick(WORKPLACES),
      postedAt: new Date(end - random.int(0, 30 * DAY_MS)).toISOString(),
      ...(random.chance(0.4)
        ? { salary: { min: minimum, max: minimum + 30_000, currency: 'USD', period: 'year' } }
        : {}),
      skills,
      description: `${title} at ${company}. `.repeat(repeat).trim(),
      ...(random.chance(0.1) ? { categories: [random.pick(categories).id] } : {}),
      source: `synthetic:board-${index % 500}`,
    };
  });
  return list.sort((a, b) => b.postedAt.localeCompare(a.postedAt) || a.id.localeCompare(b.id));
}

/** {@link syntheticJobs} as the JSON text of the snapshot `joblist fetch` would write. */
export function syntheticSnapshot(
  jobs: number,
  categories: readonly SyntheticCategory[],
  updatedAt: string,
): string {
  const list = syntheticJobs(jobs, categories, updatedAt);
  return `${JSON.stringify({ version: 1, updatedAt, jobs: list, sources: [] }, null, 2)}\n`;
}

/**
 * `copies` deterministic variants of SimplifyJobs listings (each copy gets its own id, URL and company name,
 * so no two are duplicates), as the JSON text of a `listings.json`.
 */
export function scaledListings(listings: ReadonlyArray<Record<string, unknown>>, copies: number): string {
  const scaled = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const listing of listings) {
      scaled.push(
        copy === 0
          ? listing
          : {
              ...listing,
              id: `${String(listing.id)}-${copy}`,
              url: `${String(listing.url).replace(/[?#].*$/u, '')}/copy-${copy}`,
              company_name: `${String(listing.company_name)} ${copy}`,
            },
      );
    }
  }
  return JSON.stringify(scaled);
}

/**
 * Writes the snapshot of `jobs` lean jobs (no description, no company URL: a million of them stay under the
 * snapshot size cap) over `categories` to `file`, chunk by chunk as `joblist fetch` writes one.
 */
export function writeLeanSnapshot(
  file: string,
  jobs: number,
  categories: readonly SyntheticCategory[],
  updatedAt: string,
): void {
  const lean = syntheticJobs(jobs, categories, updatedAt, 0).map(
    ({ description: _, company: { name }, ...job }) => ({ ...job, company: { name } }),
  );
  const fd = openSync(file, 'w');
  try {
    const snapshot = { version: 1 as const, updatedAt, jobs: lean as SnapshotJob[], sources: [] };
    for (const chunk of serializeSnapshot(snapshot)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
