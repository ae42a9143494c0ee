import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { recruiteeSource } from '../../src/lib/providers/recruitee.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('recruiteeSource options', () => {
  it('names the source after its company and leaves the company host to fetch time', () => {
    const options = v.parse(recruiteeSource.options, { type: 'recruitee', company: 'aikidosecurity' });
    expect(recruiteeSource.id(options)).toBe('recruitee:aikidosecurity');
    expect(options.baseUrl).toBeUndefined();
    expect(
      v.safeParse(recruiteeSource.options, { type: 'recruitee', company: 'x', baseUrl: 'ftp://x' }).success,
    ).toBe(false);
  });
});

describe.skipIf(!sharedAvailable)(
  `recruiteeSource replaying recorded careers sites${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the Acme site (string salaries, hybrid flag, "YYYY-MM-DD HH:MM:SS UTC" dates, custom domain)', async () => {
      const run = await replaySource(
        recruiteeSource,
        { company: 'acme' },
        { '/api/offers/': { body: await readFixture('recruitee.sample.json'), headers: json } },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => job.id)).toEqual(['2700825', '2697184']);
      expect(run.jobs[0]).toMatchObject({
        title: '(Senior) Financial Accountant (f/m/d) - Berlin/Brandenburg Region, Germany',
        company: { name: 'Acme' },
        url: 'https://jobs.acme.com/o/senior-financial-accountant-fmd-berlinbrandenburg-region-germany',
        location: 'Berlin, Germany',
        workplace: 'hybrid',
        postedAt: '2026-08-05T10:10:39.000Z',
        salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' },
      });
      expect(run.jobs[1]).toMatchObject({
        title: 'Partner Development Representative (f/m/d) - Berlin, Germany',
        location: 'Berlin, Germany',
        workplace: 'hybrid',
        postedAt: '2026-07-31T22:26:40.000Z',
        salary: { min: 75000, max: 90000, currency: 'EUR', period: 'year' },
      });
      // Description and requirements are both kept, as plain text.
      expect(run.jobs[0]?.description).toMatch(/^How you will make an impact\n/u);
      expect(run.jobs[0]?.description).toContain('What we expect from you');
      expectCleanJobs(run.jobs);
    });

    it('normalises the Aikido Security site (remote flag, null salary, salary entered in thousands)', async () => {
      const run = await replaySource(
        recruiteeSource,
        { company: 'aikidosecurity' },
        { '/api/offers/': { body: await readFixture('recruitee.alt.sample.json'), headers: json } },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => [job.id, job.title, job.location, job.workplace, job.postedAt])).toEqual([
        [
          '2707521',
          'Customer Success Engineer Tel Aviv',
          'Tel Aviv, Israel',
          'remote',
          '2026-08-11T20:45:29.000Z',
        ],
        [
          '2707517',
          'Customer Success Engineer Dubai',
          'Dubai, United Arab Emirates',
          'remote',
          '2026-08-11T20:42:44.000Z',
        ],
        [
          '2705729',
          'Office Manager Chicago',
          'Chicago, Illinois, United States',
          'onsite',
          '2026-08-10T15:13:59.000Z',
        ],
      ]);
      expect(run.jobs.map((job) => job.salary)).toEqual([
        undefined,
        undefined,
        { min: 75000, max: 95000, currency: 'USD', period: 'year' },
      ]);
      expect(run.jobs.every((job) => job.company.name === 'Aikido Security')).toBe(true);
      expect(run.jobs[0]?.description).toContain('🌍');
      expectCleanJobs(run.jobs);
    });
  },
);

describe('recruiteeSource with hand-written payloads', () => {
  it('falls back to the company option and the location text, and rejects offers without a careers URL', async () => {
    const run = await replaySource(
      recruiteeSource,
      { company: 'acme' },
      {
        '/api/offers/': {
          body: {
            offers: [
              {
                id: 7,
                title: 'Data Engineer',
                careers_url: 'https://acme.recruitee.com/o/data-engineer',
                location: 'Amsterdam, Netherlands',
                remote: false,
                hybrid: false,
                on_site: true,
                published_at: '2025-11-03 20:30:00 UTC',
                tags: ['Python', 'postgres', null],
              },
              { id: 8, title: 'No URL', published_at: '2025-11-03 20:30:00 UTC' },
            ],
          },
        },
      },
    );
    expect(run.jobs).toEqual([
      expect.objectContaining({
        id: '7',
        company: { name: 'acme' },
        location: 'Amsterdam, Netherlands',
        workplace: 'onsite',
        postedAt: '2025-11-03T20:30:00.000Z',
        skills: ['python', 'postgresql'],
      }),
    ]);
    expect(run.rejected).toEqual([{ index: 1, field: 'careers_url', reason: expect.any(String) }]);
  });

  it('throws a SourceError when the payload has no offers array', async () => {
    const error = await replaySource(
      recruiteeSource,
      { company: 'acme' },
      { '/api/offers/': { body: [] } },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/\/api\/offers\/: unexpected response/u);
  });
});
