import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { workableSource } from '../../src/lib/providers/workable.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('workableSource options', () => {
  it('names the source after its account and defaults the base URL to the real API', () => {
    const options = v.parse(workableSource.options, { type: 'workable', account: 'vasion' });
    expect(workableSource.id(options)).toBe('workable:vasion');
    expect(options.baseUrl).toBe('https://apply.workable.com');
  });
});

describe.skipIf(!sharedAvailable)(
  `workableSource replaying recorded accounts${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the Vasion account (date-only strings, telecommuting flag, empty city)', async () => {
      const run = await replaySource(
        workableSource,
        { account: 'vasion' },
        {
          '/api/v1/widget/accounts/vasion': {
            body: await readFixture('workable.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.requests[0]?.query).toEqual({ details: 'true' });
      expect(run.rejected).toEqual([]);
      expect(run.jobs).toHaveLength(2);
      expect(run.jobs[0]).toMatchObject({
        id: '74172297A5',
        title: 'Account Executive (Partner First) - APAC',
        company: { name: 'Vasion' },
        url: 'https://apply.workable.com/j/74172297A5',
        location: 'New South Wales, Australia',
        workplace: 'remote',
        postedAt: '2026-08-05T00:00:00.000Z',
      });
      expect(run.jobs[1]).toMatchObject({
        id: '15F16B8D99',
        title: 'Account Executive - UK&I / Northern Europe',
        location: 'London, England, United Kingdom',
        workplace: 'onsite',
        postedAt: '2026-08-10T00:00:00.000Z',
      });
      expect(run.jobs[0]?.description).toMatch(/^Vasion is a cloud-native SaaS platform/u);
      expect(run.jobs.every((job) => job.salary === undefined)).toBe(true);
      expectCleanJobs(run.jobs);
    });

    it('merges the Zaelab job listed once per country into one job with both locations', async () => {
      const run = await replaySource(
        workableSource,
        { account: 'zaelab' },
        {
          '/api/v1/widget/accounts/zaelab': {
            body: await readFixture('workable.alt.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs).toEqual([
        expect.objectContaining({
          id: 'DD136DD7E7',
          title: 'Business Analyst - Spanish Speaking',
          company: { name: 'Zaelab' },
          location: 'Spain; Portugal',
          workplace: 'remote',
          postedAt: '2026-08-05T00:00:00.000Z',
        }),
      ]);
      expect(run.jobs[0]?.description).toBeUndefined();
      expectCleanJobs(run.jobs);
    });
  },
);

describe('workableSource with hand-written payloads', () => {
  it('takes the company from the account when the envelope has no name, skips hidden locations and rejects broken records', async () => {
    const run = await replaySource(
      workableSource,
      { account: 'acme' },
      {
        '/api/v1/widget/accounts/acme': {
          body: {
            jobs: [
              {
                shortcode: 'AB12',
                title: 'Frontend Developer &amp; Designer',
                shortlink: 'https://apply.workable.com/j/AB12',
                workplace: 'hybrid',
                created_at: '2025-11-03',
                locations: [
                  { city: 'Porto', region: 'Porto', country: 'Portugal', hidden: false },
                  { city: 'Secret', country: 'Nowhere', hidden: true },
                ],
              },
              { shortcode: null, title: 'No shortcode', published_on: '2025-11-03' },
            ],
          },
        },
      },
    );
    expect(run.jobs).toEqual([
      expect.objectContaining({
        id: 'AB12',
        title: 'Frontend Developer & Designer',
        company: { name: 'acme' },
        url: 'https://apply.workable.com/j/AB12',
        location: 'Porto, Portugal',
        workplace: 'hybrid',
        postedAt: '2025-11-03T00:00:00.000Z',
      }),
    ]);
    expect(run.rejected).toEqual([{ index: 1, field: 'shortcode', reason: expect.any(String) }]);
  });

  it('keeps hidden locations hidden: visible ones only, else Remote or nothing', async () => {
    const hidden = (city: string, country: string) => ({ city, region: '', country, hidden: true });
    const job = (shortcode: string, extra: object) => ({
      shortcode,
      title: `Engineer ${shortcode}`,
      url: `https://apply.workable.com/j/${shortcode}`,
      published_on: '2026-11-20',
      city: 'Szczecin',
      state: 'West Pomerania',
      country: 'Poland',
      ...extra,
    });
    const run = await replaySource(
      workableSource,
      { account: 'acme' },
      {
        '/api/v1/widget/accounts/acme': {
          body: {
            name: 'Acme',
            jobs: [
              job('ALLHIDDEN', { telecommuting: false, locations: [hidden('Szczecin', 'Poland')] }),
              job('REMOTEHIDDEN', { telecommuting: true, locations: [hidden('Szczecin', 'Poland')] }),
              job('SOMEHIDDEN', {
                locations: [hidden('Szczecin', 'Poland'), { city: 'Gdańsk', region: '', country: 'Poland' }],
              }),
              job('NOLIST', { city: 'Szczecin', state: '', country: 'Poland' }),
            ],
          },
        },
      },
    );
    expect(run.jobs.map(({ id, location, workplace }) => ({ id, location, workplace }))).toEqual([
      { id: 'ALLHIDDEN', location: '', workplace: 'onsite' },
      { id: 'REMOTEHIDDEN', location: 'Remote', workplace: 'remote' },
      { id: 'SOMEHIDDEN', location: 'Gdańsk, Poland', workplace: 'onsite' },
      { id: 'NOLIST', location: 'Szczecin, Poland', workplace: 'onsite' },
    ]);
    expect(JSON.stringify(run.jobs.filter((entry) => entry.id !== 'NOLIST'))).not.toContain('Szczecin');
  });

  it('throws a SourceError when the payload has no jobs array', async () => {
    const error = await replaySource(
      workableSource,
      { account: 'acme' },
      {
        '/api/v1/widget/accounts/acme': { body: [] },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
  });
});
