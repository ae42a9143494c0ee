import { beforeAll, describe, expect, it } from 'vitest';
import { jobicySource } from '../../src/lib/providers/jobicy.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

const PATH = '/api/v2/remote-jobs';
const base = { type: 'jobicy' as const, baseUrl: 'https://jobicy.com' };

describe('jobicy options', () => {
  it('names the source by tag, and by region when one is set', () => {
    expect(jobicySource.id(base)).toBe('jobicy:all');
    expect(jobicySource.id({ ...base, tag: 'python' })).toBe('jobicy:python');
    expect(jobicySource.id({ ...base, tag: 'seo', geo: 'usa' })).toBe('jobicy:seo:usa');
  });
});

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'jobicy replay' : `jobicy replay: ${sharedMissingMessage}`,
  () => {
    const fetchFrom = async (fixture: string, options: { count?: number; tag?: string; geo?: string } = {}) =>
      replaySource(jobicySource, options, { [PATH]: { body: await readFixture(fixture) } });

    describe('API 2.2 (jobicy.sample.json)', () => {
      let result: ReplayRun;
      beforeAll(async () => {
        result = await fetchFrom('jobicy.sample.json', { count: 5 });
      });

      it('sends the options as query parameters and keeps all 4 jobs', () => {
        expect(result.requests.at(-1)?.query).toEqual({ count: '5' });
        expect(result.rejected).toEqual([]);
        expect(result.jobs.map((job) => job.id)).toEqual(['145880', '145878', '145885', '146002']);
        expectCleanJobs(result.jobs);
      });

      it('normalises jobs field by field', () => {
        const [mozilla, , , revenueCat] = result.jobs;
        expect(mozilla).toMatchObject({
          title: 'Senior Software Engineer (Contract)',
          company: { name: 'Mozilla' },
          url: 'https://jobicy.com/jobs/145880-senior-software-engineer-contract',
          location: 'Germany',
          workplace: 'remote',
          postedAt: '2026-07-10T20:00:05.000Z',
        });
        expect(mozilla?.salary).toBeUndefined();
        expect(mozilla?.description).toMatch(/^Are you passionate about Privacy Protections/u);
        expect(revenueCat).toMatchObject({
          title: 'Content Marketing Manager, Organic Growth (SEO & AEO)',
          location: 'EMEA, LATAM, Canada, USA',
          postedAt: '2026-07-10T19:25:02.000Z',
          salary: { min: 151000, currency: 'USD', period: 'year' },
        });
        expect(revenueCat?.salary?.max).toBeUndefined();
      });
    });

    it('reads the full-description payload (jobicy.alt.sample.json)', async () => {
      const result = await fetchFrom('jobicy.alt.sample.json');
      expect(result.jobs.map((job) => job.id)).toEqual(['150172', '150170', '150169', '150168', '150167']);
      expectCleanJobs(result.jobs);
      const [cox] = result.jobs;
      expect(cox).toMatchObject({
        title: 'Senior Manager, Change Enablement - Cox Automotive Fleet',
        company: { name: 'Cox Enterprises' },
        location: 'USA',
        workplace: 'remote',
        postedAt: '2026-08-03T18:45:05.000Z',
        salary: { min: 122600, max: 204400, currency: 'USD', period: 'year' },
      });
      expect(cox?.description).toMatch(/^Company\n\nCox Automotive - USA\n/u);
    });

    it('reads the 2024 schema (jobicy.v2-2024.sample.json)', async () => {
      const result = await fetchFrom('jobicy.v2-2024.sample.json', { tag: 'seo', geo: 'usa', count: 20 });
      expect(result.requests.at(-1)?.query).toEqual({ count: '20', tag: 'seo', geo: 'usa' });
      expect(result.rejected).toEqual([]);
      expect(result.jobs).toHaveLength(8);
      const jobs = expectCleanJobs(result.jobs);
      const byId = new Map(jobs.map((job) => [job.id, job]));
      expect(byId.get('111984')).toMatchObject({
        title: 'Manager - Digital Marketing',
        company: { name: 'CrossFit' },
        location: 'Anywhere',
        workplace: 'remote',
        postedAt: '2024-12-01T04:10:21.000Z',
      });
      expect(byId.get('111786')?.salary).toEqual({ min: 67500, max: 79000, currency: 'USD', period: 'year' });
      expect(byId.get('17394')?.salary).toEqual({
        min: 135000,
        max: 215000,
        currency: 'USD',
        period: 'year',
      });
      expect(byId.get('108626')?.salary).toBeUndefined();
      expect(byId.get('110777')?.location).toBe('Canada, USA');
    });
  },
);

describe('jobicy envelope', () => {
  it('fails the source on an error body without jobs', async () => {
    const routes = { [PATH]: { body: { success: false, message: 'Invalid geo' } } };
    await expect(replaySource(jobicySource, {}, routes)).rejects.toThrow(
      /remote-jobs: unexpected response \(jobs: /u,
    );
  });
});
