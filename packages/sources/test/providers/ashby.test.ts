import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ashbySource } from '../../src/lib/providers/ashby.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('ashbySource options', () => {
  it('requires the company name, which the API does not send', () => {
    expect(v.safeParse(ashbySource.options, { type: 'ashby', board: 'notion' }).success).toBe(false);
    const options = v.parse(ashbySource.options, { type: 'ashby', board: 'notion', company: 'Notion' });
    expect(ashbySource.id(options)).toBe('ashby:notion');
    expect(options.baseUrl).toBe('https://api.ashbyhq.com');
  });
});

describe.skipIf(!sharedAvailable)(
  `ashbySource replaying recorded boards${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the HighlightTA board (workplaceType over isRemote, compensation components)', async () => {
      const run = await replaySource(
        ashbySource,
        { board: 'HighlightTA', company: 'HighlightTA' },
        {
          '/posting-api/job-board/HighlightTA': {
            body: await readFixture('ashby.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.requests[0]?.query).toEqual({ includeCompensation: 'true' });
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => job.id)).toEqual([
        '90fb3621-899e-4b59-925d-25080ec91e18',
        'fc2f1f85-46a0-4a31-b165-683e39c07c04',
      ]);
      const [recruiter, sre] = run.jobs;
      expect(recruiter).toMatchObject({
        title: 'Senior Technical Recruiter',
        company: { name: 'HighlightTA' },
        url: 'https://jobs.ashbyhq.com/HighlightTA/90fb3621-899e-4b59-925d-25080ec91e18',
        location: 'Canada',
        workplace: 'remote',
        postedAt: '2026-04-20T22:43:56.531Z',
      });
      // All-empty compensation (null summaries, no tiers) is no salary.
      expect(recruiter?.salary).toBeUndefined();
      expect(sre).toMatchObject({
        // The recorded title has a trailing space.
        title: 'Senior Site Reliability Engineer',
        location: 'Toronto, Ontario',
        // isRemote is true, but workplaceType says Hybrid.
        workplace: 'hybrid',
        postedAt: '2026-07-08T19:48:19.767Z',
        salary: { min: 102800, max: 137000, currency: 'CAD', period: 'year' },
      });
      expect(sre?.description).toMatch(/^Company Overview\n/u);
      expectCleanJobs(run.jobs);
    });

    it('normalises the notion board (no compensation key, secondary locations)', async () => {
      const run = await replaySource(
        ashbySource,
        { board: 'notion', company: 'Notion' },
        {
          '/posting-api/job-board/notion': {
            body: await readFixture('ashby.alt.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => [job.title, job.location, job.workplace, job.postedAt])).toEqual([
        [
          'Business Development Representative, New York',
          'New York, New York',
          'hybrid',
          '2026-04-02T21:00:55.755Z',
        ],
        [
          'Business Development Representative, San Francisco',
          'San Francisco, California',
          'hybrid',
          '2026-04-01T23:05:05.541Z',
        ],
        [
          'Product Designer',
          'San Francisco, California; New York, New York',
          'hybrid',
          '2026-07-02T17:18:41.823Z',
        ],
      ]);
      expect(run.jobs.every((job) => job.salary === undefined && job.company.name === 'Notion')).toBe(true);
      // "Notion is the collaborative AI workspace ..." opens every description.
      expect(run.jobs.every((job) => job.skills?.includes('ai'))).toBe(true);
      expectCleanJobs(run.jobs);
    });
  },
);

describe('ashbySource with hand-written payloads', () => {
  const job = (overrides: Record<string, unknown>) => ({
    id: 'a1',
    title: 'Rust Engineer',
    jobUrl: 'https://jobs.ashbyhq.com/acme/a1',
    location: 'Berlin',
    publishedAt: '2025-11-03T20:30:00.000+00:00',
    workplaceType: 'OnSite',
    isRemote: false,
    ...overrides,
  });

  it('skips unlisted jobs, hides compensation the employer does not display, and reads a salary summary text', async () => {
    const run = await replaySource(
      ashbySource,
      { board: 'acme', company: 'Acme' },
      {
        '/posting-api/job-board/acme': {
          body: {
            apiVersion: '1',
            jobs: [
              job({
                compensation: { scrapeableCompensationSalarySummary: '€70K - €90K', summaryComponents: [] },
              }),
              job({ id: 'a2', isListed: false }),
              job({
                id: 'a3',
                shouldDisplayCompensationOnJobPostings: false,
                compensation: { scrapeableCompensationSalarySummary: '€70K - €90K' },
              }),
              job({ id: 'a4', jobUrl: 42 }),
            ],
          },
        },
      },
    );
    expect(run.jobs.map((posting) => posting.id)).toEqual(['a1', 'a3']);
    expect(run.jobs[0]).toMatchObject({
      workplace: 'onsite',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
    });
    expect(run.jobs[1]?.salary).toBeUndefined();
    expect(run.rejected).toEqual([{ index: 3, field: 'jobUrl', reason: expect.any(String) }]);
  });

  it('throws a SourceError when the payload has no jobs array', async () => {
    const error = await replaySource(
      ashbySource,
      { board: 'acme', company: 'Acme' },
      {
        '/posting-api/job-board/acme': { body: { success: false } },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/unexpected response \(jobs: /u);
  });
});
