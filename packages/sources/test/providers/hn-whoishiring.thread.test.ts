import { readFile } from 'node:fs/promises';
import type { JobInput, Salary, Workplace } from '@joblist/core-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { HN_SKIP_REASONS, hnWhoishiringSource } from '../../src/lib/providers/hn-whoishiring.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

/**
 * A "Who is hiring?" thread in Algolia's recorded shape, written for this test (fictional companies):
 * 65 top-level comments in the header forms seen on real threads (role after a link, a place or an
 * employment type; remote before the title; currency after the amount; hourly rates; a report's price;
 * funding and a market size; line breaks as `<p>`, `<br>` and `\n`; no role; no header; deleted) and
 * 4 replies.
 */
const FIXTURE = new URL('../fixtures/hn-whoishiring.thread.json', import.meta.url);
const STORY = 51200000;
const PATH = '/api/v1/search_by_date';

/** Every posting as a reader reads it: company, title, location, workplace, salary. */
const POSTINGS: ReadonlyArray<readonly [string, string, string, Workplace, Partial<Salary> | undefined]> = [
  [
    'Lumenfold',
    'Senior Backend Engineer',
    'Berlin, Germany',
    'onsite',
    { min: 85_000, max: 100_000, currency: 'EUR', period: 'year' },
  ],
  [
    'Quarrytide',
    'Staff Software Engineer',
    'Remote (US)',
    'remote',
    { min: 190_000, max: 230_000, currency: 'USD', period: 'year' },
  ],
  [
    'Northpine',
    'Full Stack Developer',
    'Toronto, ON',
    'hybrid',
    { min: 120_000, max: 130_000, currency: 'CAD', period: 'year' },
  ],
  [
    'Maplebyte',
    'Platform Engineer',
    'Vancouver, BC',
    'onsite',
    { min: 120_000, max: 130_000, currency: 'CAD', period: 'year' },
  ],
  [
    'Harbourline',
    'Data Engineer',
    'Sydney',
    'onsite',
    { min: 140_000, max: 160_000, currency: 'AUD', period: 'year' },
  ],
  [
    'Tallow Labs',
    'Contract Frontend Developer',
    'REMOTE',
    'remote',
    { min: 21, max: 24, currency: 'USD', period: 'hour' },
  ],
  [
    'Brightwell',
    'QA Engineer',
    'Austin, TX',
    'onsite',
    { min: 45, max: 45, currency: 'USD', period: 'hour' },
  ],
  [
    'Kestrel Health',
    'Clinical Data Analyst',
    'Remote',
    'remote',
    { min: 350, max: 350, currency: 'GBP', period: 'day' },
  ],
  ['Ledgerly', 'Technical Writer', 'Remote (EU)', 'remote', undefined],
  ['Cobaltio', 'Senior Machine Learning Engineer', 'San Francisco', 'onsite', undefined],
  [
    'Vantaform',
    'Backend Engineer',
    'New York, NY',
    'hybrid',
    { min: 160_000, max: 200_000, currency: 'USD', period: 'year' },
  ],
  ['Ordinal Freight', 'Software Engineer', 'Chicago, IL', 'onsite', undefined],
  ['Glassmoth', 'iOS Engineer', 'Remote', 'remote', { max: 185_500, currency: 'USD', period: 'year' }],
  ['Woosmap', 'Senior Python Developer', 'Montpellier, France', 'hybrid', undefined],
  ['Sinoquant', 'Machine Learning Engineer', 'Beijing', 'onsite', undefined],
  [
    'Fernway',
    'Senior Site Reliability Engineer',
    'Remote (US)',
    'remote',
    { min: 170_000, max: 200_000, currency: 'USD', period: 'year' },
  ],
  ['Pebblework', 'Product Designer', 'London, UK', 'onsite', undefined],
  ['Dovecote', 'Founding Engineer', 'Lisbon, Portugal', 'onsite', undefined],
  ['Holepuch', 'Senior Node.js Software Engineer', 'Remote, Worldwide', 'remote', undefined],
  ['Sproutline', 'Frontend Engineer', 'Hybrid (Amsterdam)', 'hybrid', undefined],
  ['Ironleaf', 'Senior Rust Engineer', 'REMOTE', 'remote', undefined],
  ['Qubitry', 'Developer Advocate / Support Specialist', 'REMOTE', 'remote', undefined],
  ['Tidewater', 'Backend Engineers, Frontend Engineers', 'Remote (EMEA)', 'remote', undefined],
  ['Granite Robotics', 'Controls Engineer', 'Boston, MA', 'onsite', undefined],
  ['Meridian Bio', 'Bioinformatics Scientist', 'Cambridge, UK', 'onsite', undefined],
  [
    'Fjordbyte',
    'DevOps Engineer',
    'Oslo, Norway',
    'onsite',
    { min: 700_000, max: 850_000, currency: 'NOK', period: 'year' },
  ],
  [
    'Zuriwerk',
    'Senior Java Developer',
    'Zürich',
    'onsite',
    { min: 130_000, max: 150_000, currency: 'CHF', period: 'year' },
  ],
  [
    'Bengal Stack',
    'SDE II',
    'Bengaluru',
    'onsite',
    { min: 3_000_000, max: 4_500_000, currency: 'INR', period: 'year' },
  ],
  [
    'Krakowsoft',
    'Mid PHP Developer',
    'Kraków, Poland',
    'hybrid',
    { min: 18_000, max: 24_000, currency: 'PLN', period: 'month' },
  ],
  [
    'Eurolink',
    'Data Scientist',
    'Munich',
    'onsite',
    { min: 70_000, max: 85_000, currency: 'EUR', period: 'year' },
  ],
  [
    'Yarrow',
    'Senior Engineer',
    'Remote (UK)',
    'remote',
    { min: 90_000, max: 90_000, currency: 'GBP', period: 'year' },
  ],
  [
    'Copperfield',
    'Engineering Manager',
    'Denver, CO',
    'onsite',
    { min: 200_000, currency: 'USD', period: 'year' },
  ],
  ['Sundial', 'Mobile Developer', 'Remote', 'remote', { max: 150_000, currency: 'USD', period: 'year' }],
  [
    'Orchard Systems',
    'Security Engineer',
    'Washington, DC',
    'onsite',
    { min: 150_000, max: 175_000, currency: 'USD', period: 'year' },
  ],
  [
    'Nimbusly',
    'Site Reliability Engineer',
    'Remote (Americas)',
    'remote',
    { min: 80, max: 95, currency: 'USD', period: 'hour' },
  ],
  ['Parcelo', 'Backend Developer', 'Madrid', 'hybrid', undefined],
  ['Steelhead', 'Embedded Software Engineer', 'Detroit, MI', 'onsite', undefined],
  ['Haloform', 'Research Scientist', 'Paris', 'onsite', undefined],
  ['Wrenfield', 'Solutions Architect', 'Remote or Hybrid (NYC)', 'hybrid', undefined],
  [
    'Citrine AI',
    'ML Researcher',
    'Remote-first, US timezones',
    'remote',
    { min: 180_000, max: 240_000, currency: 'USD', period: 'year' },
  ],
  [
    'Loomwise (YC W24)',
    'Founding Engineer',
    'San Francisco',
    'onsite',
    { min: 150_000, max: 190_000, currency: 'USD', period: 'year' },
  ],
  ['Pylon Grid', 'Senior Backend Engineer', 'Remote (Europe)', 'remote', undefined],
  ['CI&T Labs', 'Software Engineer', 'São Paulo, Brazil', 'hybrid', undefined],
  ['Café Systems', 'Backend Developer', 'Lyon', 'onsite', undefined],
  [
    'Tessellate',
    'Graphics Programmer',
    'Montreal, QC',
    'onsite',
    { min: 110_000, max: 140_000, currency: 'CAD', period: 'year' },
  ],
  [
    'Orbitals',
    'Flight Software Engineer',
    'Los Angeles, CA',
    'onsite',
    { min: 140_000, max: 180_000, currency: 'USD', period: 'year' },
  ],
  ['Bramble', 'Senior Frontend Engineer', 'Remote (UTC-5 to UTC+2)', 'remote', undefined],
  [
    'Greyhound Data',
    'Analytics Engineer',
    'Dublin, Ireland',
    'onsite',
    { min: 75_000, max: 90_000, currency: 'EUR', period: 'year' },
  ],
  ['Lattice Forge', 'Compiler Engineer', 'Zurich or Remote', 'remote', undefined],
  [
    'Nettlebox',
    'Head of Engineering',
    'London',
    'onsite',
    { min: 140_000, max: 170_000, currency: 'GBP', period: 'year' },
  ],
  [
    'Skyward',
    'VP of Product',
    'New York',
    'hybrid',
    { min: 250_000, max: 300_000, currency: 'USD', period: 'year' },
  ],
  [
    'Marrow',
    'Technical Recruiter',
    'Remote (US)',
    'remote',
    { min: 60, max: 75, currency: 'USD', period: 'hour' },
  ],
  [
    'Arclight',
    'Full-Stack Engineer (Remote)',
    'US',
    'remote',
    { min: 130_000, max: 170_000, currency: 'USD', period: 'year' },
  ],
  [
    'Vireo',
    'Senior Data Scientist',
    'Toronto',
    'onsite',
    { min: 140_000, max: 165_000, currency: 'CAD', period: 'year' },
  ],
  [
    'Kindling',
    'Software Engineer, Infrastructure',
    'Seattle, WA',
    'onsite',
    { min: 165_000, max: 210_000, currency: 'USD', period: 'year' },
  ],
  [
    'Riverstone',
    'Database Administrator',
    'Remote',
    'remote',
    { min: 55, max: 55, currency: 'USD', period: 'hour' },
  ],
];

/** The comments that are not postings, by reason. */
const SKIPPED = [
  { reason: HN_SKIP_REASONS.deleted, count: 2 },
  { reason: HN_SKIP_REASONS.noRole, count: 4 },
  { reason: HN_SKIP_REASONS.noHeader, count: 3 },
  { reason: HN_SKIP_REASONS.reply, count: 4 },
];

describe('hn-whoishiring on a recorded-style thread', () => {
  let run: ReplayRun;
  let hits: number;
  const byCompany = new Map<string, JobInput>();

  beforeAll(async () => {
    const body = await readFile(FIXTURE, 'utf8');
    hits = (JSON.parse(body) as { hits: unknown[] }).hits.length;
    run = await replaySource(hnWhoishiringSource, { storyId: STORY }, { [PATH]: { body } });
    for (const job of run.jobs) byCompany.set(job.company.name ?? '', job);
  });

  it('accounts for every hit: a job, a counted skip with its reason, or a rejection', () => {
    expect(run.rejected).toEqual([]);
    expect(run.jobs).toHaveLength(POSTINGS.length);
    expect(run.skipped).toEqual(expect.arrayContaining(SKIPPED));
    expect(run.skipped).toHaveLength(SKIPPED.length);
    const skipped = (run.skipped ?? []).reduce((sum, entry) => sum + entry.count, 0);
    expect(run.jobs.length + skipped + run.rejected.length).toBe(hits);
    expect(hits).toBeGreaterThanOrEqual(60 + 4);
  });

  it('produces valid jobs without HTML or mojibake', () => {
    expectCleanJobs(run.jobs);
  });

  it.each(POSTINGS)('reads %s', (company, title, location, workplace, salary) => {
    const job = byCompany.get(company);
    expect(job).toMatchObject({ title, location, workplace });
    expect(job?.salary).toEqual(salary);
  });

  it('cuts the header at the first line break, keeping the prose in the description only', () => {
    const freight = byCompany.get('Ordinal Freight');
    expect(freight?.location).toBe('Chicago, IL');
    expect(freight?.description).toContain('$1.6 trillion industry');
  });
});
