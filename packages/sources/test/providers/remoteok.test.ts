import { beforeAll, describe, expect, it } from 'vitest';
import { remoteokSource } from '../../src/lib/providers/remoteok.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

describe('remoteok options', () => {
  it('defaults baseUrl to the real API and names the source', () => {
    const options = remoteokSource.options;
    expect(remoteokSource.id({ type: 'remoteok', baseUrl: 'https://remoteok.com' })).toBe('remoteok');
    expect(options.entries.baseUrl.default).toBe('https://remoteok.com');
  });
});

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'remoteok replay' : `remoteok replay: ${sharedMissingMessage}`,
  () => {
    let result: ReplayRun;

    beforeAll(async () => {
      result = await replaySource(
        remoteokSource,
        {},
        { '/api': { body: await readFixture('remoteok.sample.json') } },
      );
    });

    it('skips the legal notice and keeps all 14 jobs with string ids', () => {
      expect(result.requestsTo('/api')).toHaveLength(1);
      expect(result.rejected).toEqual([]);
      expect(result.jobs).toHaveLength(14);
      expect(result.jobs.map((job) => job.id).slice(0, 3)).toEqual(['1059249', '1059247', '1059244']);
    });

    it('produces valid jobs without HTML or mojibake', () => {
      expectCleanJobs(result.jobs);
    });

    it('normalises the first job field by field', () => {
      const [job] = result.jobs;
      expect(job).toMatchObject({
        id: '1059249',
        title: 'Senior Backend Golang Engineer Mailgun Send',
        company: { name: 'Mailgun' },
        url: 'https://remoteOK.com/remote-jobs/remote-senior-backend-golang-engineer-mailgun-send-mailgun-1059249',
        location: '',
        workplace: 'remote',
        postedAt: '2024-12-03T21:15:04.000Z',
        salary: { min: 70000, max: 110000, currency: 'USD', period: 'year' },
      });
      expect(job?.skills?.[0]).toBe('go');
      expect(job?.skills?.filter((skill) => skill === 'go')).toHaveLength(1);
    });

    it('decodes entities in company names and repairs mojibake in locations and descriptions', () => {
      const byId = new Map(result.jobs.map((job) => [job.id, job]));
      expect(byId.get('1059247')?.company.name).toBe('CI&T');
      expect(byId.get('1059237')?.company.name).toBe('1840 & Company');
      expect(byId.get('1058716')?.location).toBe('Gothenburg, Västra Götaland, Sweden');
      expect(byId.get('1058716')?.description).toContain('Recorded Future’s state of the art');
      expect(byId.get('1059078')?.description).toMatch(/^What We’re Looking For\n/u);
    });

    it('reads 0 salaries as unknown and keeps the outbound url', () => {
      const byId = new Map(result.jobs.map((job) => [job.id, job]));
      expect(byId.get('1058875')?.salary).toBeUndefined();
      expect(byId.get('1059244')?.url).toBe(
        'https://applicantai.com/jump/software-engineer/3439?ref=remoteok#apply',
      );
    });

    it('keeps every date in UTC', () => {
      for (const job of result.jobs)
        expect(job.postedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/u);
      expect(result.jobs.at(-1)?.postedAt).toBe('2024-11-27T13:49:30.000Z');
    });
  },
);

describe('remoteok records', () => {
  it('rejects a record without a title and keeps the rest', async () => {
    const result = await replaySource(
      remoteokSource,
      {},
      {
        '/api': {
          body: [
            { last_updated: 1, legal: 'notice' },
            { id: 1, position: 'Engineer', date: '2024-12-03T21:15:04+00:00', url: 'https://remoteok.com/x' },
            { id: 2, date: '2024-12-03T21:15:04+00:00' },
          ],
        },
      },
    );
    expect(result.jobs.map((job) => job.id)).toEqual(['1']);
    expect(result.rejected).toEqual([{ index: 1, field: 'position', reason: expect.any(String) }]);
  });

  it('reads the period of a structured salary from the description: 21–24 with $21/hr-$24/hr is hourly', async () => {
    const posting = (id: number, description: string) => ({
      id,
      position: 'Support Engineer',
      url: `https://remoteok.com/${id}`,
      epoch: 1762000000,
      salary_min: 21,
      salary_max: 24,
      description,
    });
    const result = await replaySource(
      remoteokSource,
      {},
      { '/api': { body: [posting(1, '<p>Pay: $21/hr-$24/hr</p>'), posting(2, '<p>Great team.</p>')] } },
    );
    expect(result.jobs.map((job) => job.salary)).toEqual([
      { min: 21, max: 24, currency: 'USD', period: 'hour' },
      undefined,
    ]);
  });

  it('fails the source when the body is not an array', async () => {
    await expect(
      replaySource(remoteokSource, {}, { '/api': { body: { error: 'rate limited' } } }),
    ).rejects.toThrow(/unexpected response/u);
  });
});
