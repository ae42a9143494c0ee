import { beforeAll, describe, expect, it } from 'vitest';
import { themuseSource } from '../../src/lib/providers/themuse.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

const PATH = '/api/public/jobs';

/** A second-page job written for this test: several locations, one of them remote. */
const remoteJob = {
  id: 777,
  name: 'Senior Backend Engineer (Node.js)',
  contents: '<p>Build APIs with <b>Node.js</b> &amp; PostgreSQL.</p>',
  publication_date: '2024-03-07T09:00:00Z',
  locations: [{ name: 'Flexible / Remote' }, { name: 'New York, NY' }],
  company: { id: 1, short_name: 'acme', name: 'Acme &amp; Co' },
  refs: { landing_page: 'https://www.themuse.com/jobs/acme/senior-backend-engineer' },
};

describe('themuse options', () => {
  it('names the source by category and reads 10 pages unless told otherwise', () => {
    const base = { type: 'themuse' as const, baseUrl: 'https://www.themuse.com', pages: 10 };
    expect(themuseSource.id(base)).toBe('themuse:all');
    expect(themuseSource.id({ ...base, category: 'Software Engineering' })).toBe(
      'themuse:Software Engineering',
    );
    expect(themuseSource.options.entries.pages.default).toBe(10);
  });
});

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'themuse replay' : `themuse replay: ${sharedMissingMessage}`,
  () => {
    let result: ReplayRun;

    beforeAll(async () => {
      // The recording is one element of `results`; the test wraps it in the page envelope the API sends.
      const recorded = JSON.parse(await readFixture('themuse.sample.json'));
      const envelope = { page_count: 40, items_per_page: 20, total: 800, timed_out: false };
      result = await replaySource(
        themuseSource,
        { category: 'Healthcare', pages: 2 },
        {
          [`${PATH}?page=0`]: { body: { ...envelope, page: 0, results: [recorded] } },
          [`${PATH}?page=1`]: { body: { ...envelope, page: 1, results: [remoteJob] } },
        },
      );
    });

    it('reads pages from 0 up to the configured number, with the category', () => {
      expect(result.requestsTo(PATH).map(({ query }) => query)).toEqual([
        { page: '0', category: 'Healthcare' },
        { page: '1', category: 'Healthcare' },
      ]);
      expect(result.rejected).toEqual([]);
      expect(result.jobs.map((job) => job.id)).toEqual(['14102864', '777']);
    });

    it('produces valid jobs without HTML or mojibake', () => {
      expectCleanJobs(result.jobs);
    });

    it('normalises the recorded job field by field', () => {
      const [job] = result.jobs;
      expect(job).toMatchObject({
        title: 'Pharmacy Technician',
        company: { name: 'CVS Health' },
        url: 'https://www.themuse.com/jobs/cvshealth/pharmacy-technician-3aa6cd',
        location: 'Memphis, TN',
        workplace: 'onsite',
        postedAt: '2024-03-08T12:01:41.000Z',
      });
      expect(job?.salary).toBeUndefined();
      expect(job?.description).toMatch(/^Bring your heart to CVS Health\./u);
    });

    it('joins several locations and reads remote from them', () => {
      expect(result.jobs[1]).toMatchObject({
        company: { name: 'Acme & Co' },
        location: 'Flexible / Remote; New York, NY',
        workplace: 'remote',
        description: 'Build APIs with Node.js & PostgreSQL.',
      });
      expect(result.jobs[1]?.skills).toEqual(['nodejs', 'api', 'postgresql']);
    });
  },
);

describe('themuse pagination', () => {
  it('stops at the reported page_count and rejects records without a landing page', async () => {
    const result = await replaySource(
      themuseSource,
      { pages: 10 },
      {
        [PATH]: { body: { page: 0, page_count: 1, results: [remoteJob, { ...remoteJob, id: 8, refs: {} }] } },
      },
    );
    expect(result.requestsTo(PATH)).toHaveLength(1);
    expect(result.jobs.map((job) => job.id)).toEqual(['777']);
    expect(result.rejected).toEqual([{ index: 1, field: 'refs.landing_page', reason: expect.any(String) }]);
  });
});
