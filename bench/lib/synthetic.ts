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
 * A deterministic snapshot (the JSON text `joblist fetch` would write) of `jobs` jobs spread over `categories`
 * keywords, posted in the 30 days before `updatedAt`; about half the titles are distinct, a tenth of the jobs
 * have explicit membership, descriptions make a job about 900 bytes as in the 93 MB / 100k snapshot.
 */
export function syntheticSnapshot(
  jobs: number,
  categories: readonly SyntheticCategory[],
  updatedAt: string,
): string {
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
      description: `${title} at ${company}. `.repeat(8).trim(),
      ...(random.chance(0.1) ? { categories: [random.pick(categories).id] } : {}),
      source: `synthetic:board-${index % 500}`,
    };
  });
  list.sort((a, b) => b.postedAt.localeCompare(a.postedAt) || a.id.localeCompare(b.id));
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
