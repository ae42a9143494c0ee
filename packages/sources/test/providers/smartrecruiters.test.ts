import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { smartrecruitersSource } from '../../src/lib/providers/smartrecruiters.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };
const postings = '/v1/companies/AutomationAnywhere1/postings';

describe('smartrecruitersSource options', () => {
  it('names the source after its company and fetches details by default', () => {
    const options = v.parse(smartrecruitersSource.options, { type: 'smartrecruiters', company: 'Acme1' });
    expect(smartrecruitersSource.id(options)).toBe('smartrecruiters:Acme1');
    expect(options).toMatchObject({ baseUrl: 'https://api.smartrecruiters.com', details: true });
  });
});

describe.skipIf(!sharedAvailable)(
  `smartrecruitersSource replaying recorded postings${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('pages AutomationAnywhere1 by the items returned and reads descriptions from the details', async () => {
      const run = await replaySource(
        smartrecruitersSource,
        { company: 'AutomationAnywhere1' },
        {
          // The recorded page kept 3 of the 4 postings it reports; the next page is empty.
          [`${postings}?offset=0`]: { body: await readFixture('smartrecruiters.sample.json'), headers: json },
          [`${postings}?offset=3`]: { body: { offset: 3, limit: 100, totalFound: 4, content: [] } },
          [`${postings}/743999706414750`]: {
            body: await readFixture('smartrecruiters.detail.sample.json'),
            headers: json,
          },
        },
      );
      const pages = run.requests.filter((request) => request.path === postings);
      expect(pages.map((request) => request.query)).toEqual([
        { limit: '100', offset: '0' },
        { limit: '100', offset: '3' },
      ]);
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => [job.id, job.title, job.location, job.postedAt])).toEqual([
        ['743999706414750', 'Pricing Analyst', 'San Jose, CA, United States', '2020-02-06T19:42:44.000Z'],
        [
          '743999706405540',
          'Sr. Sales Executive (4418)',
          'Los Angeles, CA, United States',
          '2020-02-06T18:23:10.000Z',
        ],
        [
          '743999704892584',
          'Strategic Account Manager/Senior Account Executive - Seattle (4120)',
          'Seattle, WA, United States',
          '2020-01-21T21:03:44.000Z',
        ],
      ]);
      for (const job of run.jobs) {
        expect(job).toMatchObject({
          company: { name: 'Automation Anywhere' },
          url: `https://jobs.smartrecruiters.com/AutomationAnywhere1/${job.id}`,
          workplace: 'onsite',
        });
        expect(job.salary).toBeUndefined();
      }
      // Only the first posting has a recorded detail; the others (404) keep their listing data.
      const [pricing, sales] = run.jobs;
      expect(pricing?.description).toMatch(/^Company Description\n\nAutomation Anywhere is the leader/u);
      expect(pricing?.description).toContain(
        '\nJob Description\n\nPricing analysts work with complex data sets',
      );
      expect(pricing?.description).not.toContain('Qualifications');
      expect(sales?.description).toBeUndefined();
      expectCleanJobs(run.jobs);
    });

    it('reads the Knight envelope in one page and skips details when asked to', async () => {
      const run = await replaySource(
        smartrecruitersSource,
        { company: 'knight', details: false },
        {
          '/v1/companies/knight/postings': {
            body: await readFixture('smartrecruiters.alt.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.requests).toHaveLength(1);
      expect(run.rejected).toEqual([]);
      expect(run.jobs).toEqual([
        expect.objectContaining({
          id: '743999671674844',
          title: 'CNA / LPN - Consistent Hours. Start Next Week.',
          company: { name: 'Knight Gayles' },
          url: 'https://jobs.smartrecruiters.com/Knight/743999671674844',
          location: 'St. Louis, MO, United States',
          workplace: 'onsite',
          postedAt: '2018-06-08T02:11:28.000Z',
        }),
      ]);
      expectCleanJobs(run.jobs);
    });
  },
);

describe('smartrecruitersSource with hand-written payloads', () => {
  it('reads remote and hybrid flags, prefers the detail postingUrl and rejects broken postings', async () => {
    const run = await replaySource(
      smartrecruitersSource,
      { company: 'acme' },
      {
        '/v1/companies/acme/postings': {
          body: {
            totalFound: 3,
            content: [
              {
                id: 'r1',
                name: 'Remote Engineer',
                releasedDate: '2025-11-03T20:30:00.000Z',
                location: { city: 'Lisbon', country: 'pt', remote: true },
              },
              {
                id: 'h1',
                name: 'Hybrid Engineer',
                releasedDate: '2025-11-03T20:30:00.000Z',
                location: { city: 'Porto', country: 'pt', remote: false, hybrid: true },
              },
              { id: 'x1', releasedDate: '2025-11-03T20:30:00.000Z' },
            ],
          },
        },
        '/v1/companies/acme/postings/r1': {
          body: { postingUrl: 'https://jobs.smartrecruiters.com/acme/r1-remote-engineer' },
        },
      },
    );
    expect(run.jobs.map((job) => [job.id, job.location, job.workplace, job.url, job.company.name])).toEqual([
      ['r1', 'Lisbon, PT', 'remote', 'https://jobs.smartrecruiters.com/acme/r1-remote-engineer', 'acme'],
      ['h1', 'Porto, PT', 'hybrid', 'https://jobs.smartrecruiters.com/acme/h1', 'acme'],
    ]);
    expect(run.rejected).toEqual([{ index: 2, field: 'name', reason: expect.any(String) }]);
    // No detail request for the posting that failed its schema.
    expect(run.requests.map((request) => request.path)).not.toContain('/v1/companies/acme/postings/x1');
  });

  it('throws a SourceError when a page is not a postings list', async () => {
    const error = await replaySource(
      smartrecruitersSource,
      { company: 'acme' },
      { '/v1/companies/acme/postings': { body: { message: 'Company not found' } } },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/unexpected response \(content: /u);
  });
});
