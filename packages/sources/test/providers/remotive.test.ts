import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { remotiveSource } from '../../src/lib/providers/remotive.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('remotiveSource options', () => {
  it('names the source after its category, if any', () => {
    const all = v.parse(remotiveSource.options, { type: 'remotive' });
    expect(remotiveSource.id(all)).toBe('remotive');
    expect(all.baseUrl).toBe('https://remotive.com');
    expect(
      remotiveSource.id(v.parse(remotiveSource.options, { type: 'remotive', category: 'software-dev' })),
    ).toBe('remotive:software-dev');
  });
});

describe.skipIf(!sharedAvailable)(
  `remotiveSource replaying recorded jobs${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the full envelope, ignoring the warning and legal-notice keys', async () => {
      const run = await replaySource(
        remotiveSource,
        { category: 'design' },
        { '/api/remote-jobs': { body: await readFixture('remotive.sample.json'), headers: json } },
      );
      expect(run.requests[0]?.query).toEqual({ category: 'design' });
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => job.id)).toEqual(['2091081', '2090903']);
      expect(run.jobs[0]).toMatchObject({
        title: 'Senior Graphic Designer',
        company: { name: 'Lemon.io' },
        url: 'https://remotive.com/remote-jobs/design/senior-graphic-designer-2091081',
        location: 'Americas, Europe, Asia, Africa, Oceania',
        workplace: 'remote',
        // `publication_date` has no zone: read as UTC.
        postedAt: '2026-07-28T14:23:05.000Z',
      });
      expect(run.jobs[0]?.salary).toBeUndefined();
      // Tags go through the skill vocabulary: `node.js` → `nodejs`, `golang` → `go`.
      expect(run.jobs[0]?.skills).toEqual(
        expect.arrayContaining(['nodejs', 'go', 'typescript', 'graphic design']),
      );
      expect(run.jobs[1]).toMatchObject({
        title: 'Data Labeling Specialists',
        company: { name: 'Workada' },
        location: 'USA',
        workplace: 'remote',
        postedAt: '2026-07-26T20:49:11.000Z',
        salary: { min: 18, max: 22, currency: 'USD', period: 'hour' },
      });
      expectCleanJobs(run.jobs);
    });

    it('normalises the stripped envelope with free-text salaries', async () => {
      const run = await replaySource(
        remotiveSource,
        {},
        { '/api/remote-jobs': { body: await readFixture('remotive.alt.sample.json'), headers: json } },
      );
      expect(run.requests[0]?.query).toEqual({});
      expect(run.rejected).toEqual([]);
      expect(
        run.jobs.map((job) => [job.id, job.company.name, job.location, job.postedAt, job.salary]),
      ).toEqual([
        [
          '2091081',
          'Lemon.io',
          'Americas, Europe, Asia, Africa, Oceania',
          '2026-07-28T14:23:05.000Z',
          undefined,
        ],
        [
          '2090903',
          'Workada',
          'USA',
          '2026-07-26T20:49:11.000Z',
          { min: 18, max: 22, currency: 'USD', period: 'hour' },
        ],
        [
          '2091075',
          'Outsite',
          'Northern America, Europe, UK, France, European timezones',
          '2026-07-23T15:39:28.000Z',
          { min: 45000, max: 50000, currency: 'USD', period: 'year' },
        ],
        [
          '2091074',
          'TELUS Digital',
          'USA',
          '2026-07-23T15:37:35.000Z',
          { min: 14, max: 14, currency: 'USD', period: 'hour' },
        ],
        ['2091072', 'Tribe Wellness', 'Worldwide', '2026-07-22T06:22:11.000Z', undefined],
      ]);
      expect(run.jobs.every((job) => job.workplace === 'remote')).toBe(true);
      expect(run.jobs[4]?.title).toBe('Product Sales Specialist - Pet Health (CST timezone)');
      expectCleanJobs(run.jobs);
    });
  },
);

describe('remotiveSource with hand-written payloads', () => {
  it('repairs mojibake and entities, and rejects a job without a URL', async () => {
    const run = await replaySource(
      remotiveSource,
      {},
      {
        '/api/remote-jobs': {
          body: {
            '0-legal-notice': 'Please link back to Remotive.',
            jobs: [
              {
                id: 1,
                url: 'https://remotive.com/remote-jobs/software-dev/backend-1',
                title: 'Backend Engineer',
                company_name: 'CI&amp;T',
                candidate_required_location: 'FlorianÃ³polis, Brazil',
                publication_date: '2025-11-03T20:30:00',
                salary: '€50.000 - €60.000 per year',
                description: '<p>Go &amp; Kubernetes</p>',
              },
              { id: 2, title: 'No URL' },
            ],
          },
        },
      },
    );
    expect(run.jobs).toEqual([
      expect.objectContaining({
        id: '1',
        company: { name: 'CI&T' },
        location: 'Florianópolis, Brazil',
        salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
        description: 'Go & Kubernetes',
      }),
    ]);
    expect(run.rejected).toEqual([{ index: 1, field: 'url', reason: expect.any(String) }]);
  });

  it('throws a SourceError when the payload has no jobs array', async () => {
    const error = await replaySource(
      remotiveSource,
      {},
      { '/api/remote-jobs': { body: { jobs: 'none' } } },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
  });
});
