import { beforeAll, describe, expect, it } from 'vitest';
import { himalayasSource } from '../../src/lib/providers/himalayas.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

const PATH = '/jobs/api';

describe('himalayas options', () => {
  it('keeps at most 500 jobs unless told otherwise', () => {
    expect(himalayasSource.options.entries.maxJobs.default).toBe(500);
    expect(himalayasSource.options.entries.baseUrl.default).toBe('https://himalayas.app');
  });
});

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'himalayas replay' : `himalayas replay: ${sharedMissingMessage}`,
  () => {
    let result: ReplayRun;

    beforeAll(async () => {
      // Offset 0 answers 4 jobs (the recording) although more were asked: the next offset must be 4.
      result = await replaySource(
        himalayasSource,
        { maxJobs: 7 },
        {
          [`${PATH}?offset=0`]: { body: await readFixture('himalayas.sample.json') },
          [`${PATH}?offset=4`]: { body: await readFixture('himalayas.alt.sample.json') },
        },
      );
    });

    it('advances by the jobs actually returned and stops at maxJobs', () => {
      expect(result.requestsTo(PATH).map(({ query }) => [query.offset, query.limit])).toEqual([
        ['0', '7'],
        ['4', '3'],
      ]);
      expect(result.rejected).toEqual([]);
      expect(result.jobs.map((job) => job.id)).toEqual([
        'ceragon-networks/content-marcom-specialist',
        'binance/product-manager-web3-defi',
        'mindrift/portfolio-manager-freelance-ai-trainer-169480136',
        'nvidia/senior-system-software-engineer-nvsci',
        'alignment-health/inpatient-review-nurse-remote-california-rn-lvn-license-required-pacific-ti-9255085839',
        'gt-ecom/seo-product-page-marketing-specialist-for-supplement-brand',
        'mercor/audio-engineer-fully-remote-upto-14-hr-6932578128',
      ]);
    });

    it('produces valid jobs without HTML or mojibake', () => {
      expectCleanJobs(result.jobs);
    });

    it('normalises jobs field by field', () => {
      const [ceragon, binance, mindrift, nvidia] = result.jobs;
      expect(ceragon).toMatchObject({
        title: 'Content & Marcom Specialist',
        company: { name: 'Ceragon Networks' },
        url: 'https://himalayas.app/companies/ceragon-networks/jobs/content-marcom-specialist',
        location: 'United States',
        workplace: 'remote',
        postedAt: '2026-07-11T00:58:52.000Z',
      });
      expect(ceragon?.salary).toBeUndefined();
      expect(binance?.location).toBe('Hong Kong; Singapore; Taiwan');
      expect(mindrift?.salary).toEqual({ min: 50, max: 50, currency: 'USD', period: 'hour' });
      expect(nvidia).toMatchObject({
        title: 'Senior System Software Engineer, NvSci',
        company: { name: 'NVIDIA' },
        location: 'Canada; United States',
        postedAt: '2026-07-11T00:56:22.000Z',
        salary: { min: 184000, max: 356500, currency: 'USD', period: 'year' },
      });
      expect(nvidia?.description).toMatch(/^NVIDIA has been transforming computer graphics/u);
    });

    it('reads the payloads with full descriptions and hourly pay', () => {
      const mercor = result.jobs[6];
      expect(mercor).toMatchObject({
        title: 'Audio Engineer - Fully Remote | Upto $14/hr',
        location: 'India',
        postedAt: '2026-08-15T16:58:29.000Z',
        salary: { min: 14, max: 14, currency: 'USD', period: 'hour' },
      });
      expect(mercor?.description?.split('\n')[0]).toBe('About the job');
      // This recording has the placeholder "name" where the company name belongs; it is kept as sent.
      expect(result.jobs[4]?.company.name).toBe('name');
    });
  },
);

describe('himalayas envelope', () => {
  it('reports records without a guid and fails on a body without jobs', async () => {
    const result = await replaySource(
      himalayasSource,
      {},
      {
        [PATH]: {
          body: {
            totalCount: 2,
            jobs: [
              { title: 'No guid' },
              { guid: 'https://himalayas.app/companies/a/jobs/b', title: 'Dev', pubDate: 1783731532 },
            ],
          },
        },
      },
    );
    expect(result.jobs.map((job) => job.id)).toEqual(['a/b']);
    expect(result.rejected).toEqual([{ index: 0, field: 'guid', reason: expect.any(String) }]);

    await expect(
      replaySource(
        himalayasSource,
        {},
        {
          [PATH]: { body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } },
        },
      ),
    ).rejects.toThrow();
  });
});
