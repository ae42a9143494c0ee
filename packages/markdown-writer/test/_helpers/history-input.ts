import {
  type Category,
  CategorySchema,
  type ClosedJob,
  SiteSchema,
  type SnapshotJob,
} from '@joblist/core-model';
import { dailyPostings } from '@joblist/stats';
import * as v from 'valibot';
import { type RenderInput, renderInput } from '../../src/index.ts';

/** The build time of the fixture. */
export const BUILT = new Date('2025-11-03T20:30:00Z');
/** The fetch time of the fixture's snapshot: jobs first seen then are new. */
const FETCHED = '2025-11-03T20:00:00.000Z';

const site = v.parse(SiteSchema, {
  brand: {
    name: 'Acme <Jobs>',
    url: 'https://acme.example',
    email: 'jobs@acme.example',
    tagline: 't',
    pitch: 'p',
    summary: 's',
  },
  github: { org: 'acme-jobs' },
  utm: { source: 'gh', medium: 'repo' },
  categories: ['backend', 'frontend'],
});
const categories: Category[] = [
  { id: 'backend', role: 'Backend developer', repo: 'Backend-Jobs', utmCampaign: 'be' },
  { id: 'frontend', role: 'Frontend developer', repo: 'Frontend-Jobs', utmCampaign: 'fe' },
].map((category) => v.parse(CategorySchema, category));

const day = (offset: number) => new Date(BUILT.getTime() - offset * 86_400_000).toISOString();

const SKILLS = [['go', 'postgresql'], ['python'], ['go', 'kubernetes'], []] as const;
const PLACES = ['Berlin', 'Paris', 'Remote', ''] as const;
const WORKPLACES = ['remote', 'onsite', 'hybrid'] as const;

/**
 * Twelve jobs of every kind the page and feeds show: with and without salary, visa stated either way or
 * not, skills, places, ages from 0 days to months, new and seen before; the first title is hostile.
 */
export const JOBS: SnapshotJob[] = Array.from({ length: 12 }, (_, index) => ({
  id: `t:${index}`,
  title: index === 0 ? '<script>alert(1)</script> Engineer' : `Engineer ${index}`,
  company: { name: `Company ${index % 5}`, ...(index % 2 === 0 && { url: `https://c${index}.example` }) },
  url: `https://jobs.example/${index}`,
  location: PLACES[index % 4] as string,
  workplace: WORKPLACES[index % 3] as (typeof WORKPLACES)[number],
  postedAt: day(index < 4 ? index : index * 6),
  ...(index % 3 !== 2 && {
    salary: { min: 50_000 + index * 1000, currency: 'EUR', period: 'year' as const },
  }),
  ...(index % 4 !== 3 && { visaSponsorship: index % 4 === 0 }),
  skills: [...(SKILLS[index % 4] as readonly string[])],
  firstSeen: index < 3 ? FETCHED : day(index * 6),
  lastSeen: FETCHED,
}));

/** Two jobs that closed, one gone from its source, one whose page was gone. */
export const CLOSED: ClosedJob[] = [
  {
    id: 't:90',
    title: 'Closed & gone',
    company: { name: 'Omega' },
    url: 'https://jobs.example/90',
    location: 'Oslo',
    workplace: 'remote',
    postedAt: day(20),
    firstSeen: day(20),
    lastSeen: day(2),
    closedAt: day(1),
    closedBy: 'source',
  },
  {
    id: 't:91',
    title: 'Dead link',
    company: { name: '' },
    url: 'https://jobs.example/91',
    location: '',
    workplace: 'onsite',
    postedAt: day(10),
    firstSeen: day(10),
    lastSeen: FETCHED,
    closedAt: FETCHED,
    closedBy: 'link',
  },
];

/**
 * The fixture's render input: the backend category, its jobs, closed jobs and 90-day trend (shared by the
 * `joblist` template's tests and the reader outputs' tests).
 */
export function fixtureInput(overrides: Partial<RenderInput> = {}): RenderInput {
  const dates = [...JOBS, ...CLOSED].map((job) => job.postedAt);
  return renderInput({
    site,
    category: categories[0] as Category,
    categories,
    jobs: JOBS,
    builtAt: BUILT,
    closed: CLOSED,
    trend: dailyPostings(dates, BUILT),
    ...overrides,
  });
}
