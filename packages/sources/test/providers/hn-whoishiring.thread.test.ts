import { readFile } from 'node:fs/promises';
import type { JobInput, Salary, SalaryPeriod, Workplace } from '@joblist/core-model';
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

/** A salary as the test expects it: yearly unless a period is given. */
const pay = (currency: string, min?: number, max?: number, period: SalaryPeriod = 'year'): Salary => ({
  ...(min !== undefined && { min }),
  ...(max !== undefined && { max }),
  currency,
  period,
});

/** Every posting as a reader reads it: company, title, location, workplace, salary. */
const POSTINGS: ReadonlyArray<readonly [string, string, string, Workplace, Salary | undefined]> = [
  ['Lumenfold', 'Senior Backend Engineer', 'Berlin, Germany', 'onsite', pay('EUR', 85_000, 100_000)],
  ['Quarrytide', 'Staff Software Engineer', 'Remote (US)', 'remote', pay('USD', 190_000, 230_000)],
  ['Northpine', 'Full Stack Developer', 'Toronto, ON', 'hybrid', pay('CAD', 120_000, 130_000)],
  ['Maplebyte', 'Platform Engineer', 'Vancouver, BC', 'onsite', pay('CAD', 120_000, 130_000)],
  ['Harbourline', 'Data Engineer', 'Sydney', 'onsite', pay('AUD', 140_000, 160_000)],
  ['Tallow Labs', 'Contract Frontend Developer', 'REMOTE', 'remote', pay('USD', 21, 24, 'hour')],
  ['Brightwell', 'QA Engineer', 'Austin, TX', 'onsite', pay('USD', 45, 45, 'hour')],
  ['Kestrel Health', 'Clinical Data Analyst', 'Remote', 'remote', pay('GBP', 350, 350, 'day')],
  ['Ledgerly', 'Technical Writer', 'Remote (EU)', 'remote', undefined],
  ['Cobaltio', 'Senior Machine Learning Engineer', 'San Francisco', 'onsite', undefined],
  ['Vantaform', 'Backend Engineer', 'New York, NY', 'hybrid', pay('USD', 160_000, 200_000)],
  ['Ordinal Freight', 'Software Engineer', 'Chicago, IL', 'onsite', undefined],
  ['Glassmoth', 'iOS Engineer', 'Remote', 'remote', pay('USD', undefined, 185_500)],
  ['Woosmap', 'Senior Python Developer', 'Montpellier, France', 'hybrid', undefined],
  ['Sinoquant', 'Machine Learning Engineer', 'Beijing', 'onsite', undefined],
  ['Fernway', 'Senior Site Reliability Engineer', 'Remote (US)', 'remote', pay('USD', 170_000, 200_000)],
  ['Pebblework', 'Product Designer', 'London, UK', 'onsite', undefined],
  ['Dovecote', 'Founding Engineer', 'Lisbon, Portugal', 'onsite', undefined],
  ['Holepuch', 'Senior Node.js Software Engineer', 'Remote, Worldwide', 'remote', undefined],
  ['Sproutline', 'Frontend Engineer', 'Hybrid (Amsterdam)', 'hybrid', undefined],
  ['Ironleaf', 'Senior Rust Engineer', 'REMOTE', 'remote', undefined],
  ['Qubitry', 'Developer Advocate / Support Specialist', 'REMOTE', 'remote', undefined],
  ['Tidewater', 'Backend Engineers, Frontend Engineers', 'Remote (EMEA)', 'remote', undefined],
  ['Granite Robotics', 'Controls Engineer', 'Boston, MA', 'onsite', undefined],
  ['Meridian Bio', 'Bioinformatics Scientist', 'Cambridge, UK', 'onsite', undefined],
  ['Fjordbyte', 'DevOps Engineer', 'Oslo, Norway', 'onsite', pay('NOK', 700_000, 850_000)],
  ['Zuriwerk', 'Senior Java Developer', 'Zürich', 'onsite', pay('CHF', 130_000, 150_000)],
  ['Bengal Stack', 'SDE II', 'Bengaluru', 'onsite', pay('INR', 3_000_000, 4_500_000)],
  ['Krakowsoft', 'Mid PHP Developer', 'Kraków, Poland', 'hybrid', pay('PLN', 18_000, 24_000, 'month')],
  ['Eurolink', 'Data Scientist', 'Munich', 'onsite', pay('EUR', 70_000, 85_000)],
  ['Yarrow', 'Senior Engineer', 'Remote (UK)', 'remote', pay('GBP', 90_000, 90_000)],
  ['Copperfield', 'Engineering Manager', 'Denver, CO', 'onsite', pay('USD', 200_000, undefined)],
  ['Sundial', 'Mobile Developer', 'Remote', 'remote', pay('USD', undefined, 150_000)],
  ['Orchard Systems', 'Security Engineer', 'Washington, DC', 'onsite', pay('USD', 150_000, 175_000)],
  ['Nimbusly', 'Site Reliability Engineer', 'Remote (Americas)', 'remote', pay('USD', 80, 95, 'hour')],
  ['Parcelo', 'Backend Developer', 'Madrid', 'hybrid', undefined],
  ['Steelhead', 'Embedded Software Engineer', 'Detroit, MI', 'onsite', undefined],
  ['Haloform', 'Research Scientist', 'Paris', 'onsite', undefined],
  ['Wrenfield', 'Solutions Architect', 'Remote or Hybrid (NYC)', 'hybrid', undefined],
  ['Citrine AI', 'ML Researcher', 'Remote-first, US timezones', 'remote', pay('USD', 180_000, 240_000)],
  ['Loomwise (YC W24)', 'Founding Engineer', 'San Francisco', 'onsite', pay('USD', 150_000, 190_000)],
  ['Pylon Grid', 'Senior Backend Engineer', 'Remote (Europe)', 'remote', undefined],
  ['CI&T Labs', 'Software Engineer', 'São Paulo, Brazil', 'hybrid', undefined],
  ['Café Systems', 'Backend Developer', 'Lyon', 'onsite', undefined],
  ['Tessellate', 'Graphics Programmer', 'Montreal, QC', 'onsite', pay('CAD', 110_000, 140_000)],
  ['Orbitals', 'Flight Software Engineer', 'Los Angeles, CA', 'onsite', pay('USD', 140_000, 180_000)],
  ['Bramble', 'Senior Frontend Engineer', 'Remote (UTC-5 to UTC+2)', 'remote', undefined],
  ['Greyhound Data', 'Analytics Engineer', 'Dublin, Ireland', 'onsite', pay('EUR', 75_000, 90_000)],
  ['Lattice Forge', 'Compiler Engineer', 'Zurich or Remote', 'remote', undefined],
  ['Nettlebox', 'Head of Engineering', 'London', 'onsite', pay('GBP', 140_000, 170_000)],
  ['Skyward', 'VP of Product', 'New York', 'hybrid', pay('USD', 250_000, 300_000)],
  ['Marrow', 'Technical Recruiter', 'Remote (US)', 'remote', pay('USD', 60, 75, 'hour')],
  ['Arclight', 'Full-Stack Engineer (Remote)', 'US', 'remote', pay('USD', 130_000, 170_000)],
  ['Vireo', 'Senior Data Scientist', 'Toronto', 'onsite', pay('CAD', 140_000, 165_000)],
  ['Kindling', 'Software Engineer, Infrastructure', 'Seattle, WA', 'onsite', pay('USD', 165_000, 210_000)],
  ['Riverstone', 'Database Administrator', 'Remote', 'remote', pay('USD', 55, 55, 'hour')],
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

  it('reads visa sponsorship where the header states it, and leaves it out where it does not', () => {
    expect(byCompany.get('Granite Robotics')?.visaSponsorship).toBe(true);
    expect(byCompany.get('Lumenfold')).not.toHaveProperty('visaSponsorship');
  });

  it('cuts the header at the first line break, keeping the prose in the description only', () => {
    const freight = byCompany.get('Ordinal Freight');
    expect(freight?.location).toBe('Chicago, IL');
    expect(freight?.description).toContain('$1.6 trillion industry');
  });
});
