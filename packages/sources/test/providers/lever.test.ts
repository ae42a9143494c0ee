import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { leverSource } from '../../src/lib/providers/lever.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('leverSource options', () => {
  it('requires the company name, which the API does not send', () => {
    expect(v.safeParse(leverSource.options, { type: 'lever', site: 'matchgroup' }).success).toBe(false);
    const options = v.parse(leverSource.options, {
      type: 'lever',
      site: 'matchgroup',
      company: 'Match Group',
    });
    expect(leverSource.id(options)).toBe('lever:matchgroup');
    expect(options.baseUrl).toBe('https://api.lever.co');
  });
});

describe.skipIf(!sharedAvailable)(
  `leverSource replaying recorded sites${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the matchgroup site (bare array, epoch-millisecond dates, salary range)', async () => {
      const run = await replaySource(
        leverSource,
        { site: 'matchgroup', company: 'Match Group' },
        {
          '/v0/postings/matchgroup': { body: await readFixture('lever.sample.json'), headers: json },
        },
      );
      expect(run.requests[0]?.query).toEqual({ mode: 'json' });
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => job.id)).toEqual([
        '3414ba28-35f7-45d3-8e13-35c883959635',
        '0152fd07-2715-4fe1-a208-af9d03c0b358',
      ]);
      const [android, localization] = run.jobs;
      expect(android).toMatchObject({
        title: 'Android Engineer III',
        company: { name: 'Match Group' },
        url: 'https://jobs.lever.co/matchgroup/3414ba28-35f7-45d3-8e13-35c883959635',
        location: 'New York, New York',
        workplace: 'hybrid',
        postedAt: '2026-05-19T20:38:11.267Z',
        salary: { min: 150000, max: 180000, currency: 'USD', period: 'year' },
      });
      expect(android?.skills).toContain('kotlin');
      // The list sections follow the opening, as bullet points.
      expect(android?.description).toMatch(/^Hinge is the dating app designed to be deleted/u);
      expect(android?.description).toContain('\nResponsibilities\n- Cross-Disciplinary Collaboration:');
      expect(localization).toMatchObject({
        title: 'APAC Sr. Localization Program Manager (Tinder Korea)',
        location: 'Seoul, South Korea',
        workplace: 'hybrid',
        postedAt: '2025-10-22T06:37:30.243Z',
      });
      expect(localization?.salary).toBeUndefined();
      expectCleanJobs(run.jobs);
    });

    it('normalises the idealistconsulting site (remote contract postings without department)', async () => {
      const run = await replaySource(
        leverSource,
        { site: 'idealistconsulting', company: 'Idealist Consulting' },
        {
          '/v0/postings/idealistconsulting': {
            body: await readFixture('lever.alt.sample.json'),
            headers: json,
          },
        },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => [job.id, job.location, job.workplace, job.postedAt])).toEqual([
        ['a24ec4e5-5caa-473d-abd4-b71f09a8167b', 'Chicago, IL', 'remote', '2025-11-27T01:02:41.939Z'],
        ['5d54d69b-e940-452e-b892-1170aa60f095', 'Washington, D.C.', 'remote', '2023-01-29T02:28:23.769Z'],
      ]);
      expect(run.jobs.map((job) => job.title)).toEqual([
        '(1099 Contract) Nonprofit Salesforce Consultant: Enterprise Project Manager',
        '(1099 Contract) Salesforce for Nonprofits: Solution Architect',
      ]);
      expect(run.jobs.every((job) => job.company.name === 'Idealist Consulting')).toBe(true);
      expectCleanJobs(run.jobs);
    });
  },
);

describe('leverSource with hand-written payloads', () => {
  const posting = (overrides: Record<string, unknown>) => ({
    id: 'p1',
    text: 'Go Developer',
    hostedUrl: 'https://jobs.lever.co/acme/p1',
    createdAt: 1762201800000,
    categories: { location: 'Lisbon', allLocations: ['Lisbon', 'Porto', 'Lisbon'] },
    ...overrides,
  });

  it('joins all locations, reads hourly wages, ignores one-time amounts and rejects broken records', async () => {
    const run = await replaySource(
      leverSource,
      { site: 'acme', company: 'Acme' },
      {
        '/v0/postings/acme': {
          body: [
            posting({
              workplaceType: 'on-site',
              salaryRange: { interval: 'per-hour-wage', currency: 'EUR', min: 30, max: 45 },
            }),
            posting({
              id: 'p2',
              hostedUrl: 'https://jobs.lever.co/acme/p2',
              salaryRange: { interval: 'one-time', currency: 'USD', min: 5000, max: 5000 },
            }),
            posting({ id: 'p3', text: null }),
          ],
        },
      },
    );
    expect(run.jobs.map((job) => job.id)).toEqual(['p1', 'p2']);
    expect(run.jobs[0]).toMatchObject({
      location: 'Lisbon; Porto',
      workplace: 'onsite',
      postedAt: '2025-11-03T20:30:00.000Z',
      salary: { min: 30, max: 45, currency: 'EUR', period: 'hour' },
    });
    expect(run.jobs[1]?.salary).toBeUndefined();
    expect(run.rejected).toEqual([{ index: 2, field: 'text', reason: expect.any(String) }]);
  });

  it('throws a SourceError when the response is not an array of postings', async () => {
    const error = await replaySource(
      leverSource,
      { site: 'acme', company: 'Acme' },
      {
        '/v0/postings/acme': { body: { ok: false, error: 'Document not found' } },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/\/v0\/postings\/acme: unexpected response/u);
  });
});
