import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { greenhouseSource } from '../../src/lib/providers/greenhouse.ts';
import { SourceError } from '../../src/lib/types.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { replaySource } from './_replay-source.ts';

const json = { 'content-type': 'application/json' };

describe('greenhouseSource options', () => {
  it('names the source after its board and defaults the base URL to the real API', () => {
    const options = v.parse(greenhouseSource.options, { type: 'greenhouse', board: 'gitlab' });
    expect(greenhouseSource.id(options)).toBe('greenhouse:gitlab');
    expect(options.baseUrl).toBe('https://boards-api.greenhouse.io');
  });
});

describe.skipIf(!sharedAvailable)(
  `greenhouseSource replaying recorded boards${sharedAvailable ? '' : ` — ${sharedMissingMessage}`}`,
  () => {
    it('normalises the amplitude board (entity-escaped content, trailing space in company_name)', async () => {
      const run = await replaySource(
        greenhouseSource,
        { board: 'amplitude' },
        {
          '/v1/boards/amplitude/jobs': { body: await readFixture('greenhouse.sample.json'), headers: json },
        },
      );
      expect(run.requests[0]?.query).toEqual({ content: 'true', pay_transparency: 'true' });
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => job.id)).toEqual(['8636903002', '8651132002']);
      const [scientist, executive] = run.jobs;
      expect(scientist).toMatchObject({
        title: 'Customer Data Scientist - Experimentation',
        company: { name: 'Amplitude' },
        url: 'https://job-boards.greenhouse.io/amplitude/jobs/8636903002',
        location: 'London, UK',
        workplace: 'onsite',
        postedAt: '2026-07-16T15:55:32.000Z',
      });
      expect(scientist?.salary).toBeUndefined();
      expect(scientist?.description).toMatch(/^Amplitude is the leading AI analytics platform/u);
      expect(scientist?.skills).toContain('python');
      // The office is "Remote-India (PEO)" although the location names a city.
      expect(executive).toMatchObject({
        title: 'Emerging Account Executive (India)',
        location: 'Bangalore, India',
        workplace: 'remote',
        postedAt: '2026-07-27T06:52:26.000Z',
      });
      expectCleanJobs(run.jobs);
    });

    it('normalises the gitlab board (no meta envelope, "Remote, <country>" locations)', async () => {
      const run = await replaySource(
        greenhouseSource,
        { board: 'gitlab' },
        {
          '/v1/boards/gitlab/jobs': { body: await readFixture('greenhouse.alt.sample.json'), headers: json },
        },
      );
      expect(run.rejected).toEqual([]);
      expect(run.jobs.map((job) => [job.id, job.title, job.location, job.workplace, job.postedAt])).toEqual([
        ['8503792002', 'Account Executive - Italy', 'Remote, Italy', 'remote', '2026-04-17T09:58:03.000Z'],
        ['8556658002', 'AI Engineer', 'Remote, Bangalore', 'remote', '2026-05-22T13:16:29.000Z'],
        [
          '8638232002',
          'AI Transformation Owner, CRO',
          'Remote, United States',
          'remote',
          '2026-07-22T17:38:40.000Z',
        ],
      ]);
      expect(run.jobs.every((job) => job.company.name === 'GitLab')).toBe(true);
      expectCleanJobs(run.jobs);
    });
  },
);

describe('greenhouseSource with hand-written payloads', () => {
  it('reads pay-transparency ranges in cents and a workplace custom field, and rejects a record without a title', async () => {
    const run = await replaySource(
      greenhouseSource,
      { board: 'acme' },
      {
        '/v1/boards/acme/jobs': {
          body: {
            jobs: [
              {
                id: 1,
                title: 'Backend Engineer (Node.js)',
                absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/1',
                company_name: 'CI&amp;T',
                location: { name: 'FlorianÃ³polis, Brazil' },
                metadata: [{ name: 'Workplace Type', value: 'Hybrid' }],
                first_published: '2025-11-03T10:00:00-03:00',
                content: '&lt;p&gt;Build APIs with PostgreSQL &amp;amp; Kafka.&lt;/p&gt;',
                pay_input_ranges: [{ min_cents: 12000000, max_cents: 15000000, currency_type: 'USD' }],
              },
              { id: 2, absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/2' },
            ],
          },
        },
      },
    );
    expect(run.jobs).toHaveLength(1);
    expect(run.jobs[0]).toMatchObject({
      id: '1',
      company: { name: 'CI&T' },
      location: 'Florianópolis, Brazil',
      workplace: 'hybrid',
      postedAt: '2025-11-03T13:00:00.000Z',
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
      description: 'Build APIs with PostgreSQL & Kafka.',
    });
    expect(run.jobs[0]?.skills).toEqual(expect.arrayContaining(['nodejs', 'postgresql', 'kafka']));
    expect(run.rejected).toEqual([{ index: 1, field: 'title', reason: expect.any(String) }]);
  });

  it('drops empty parts and repeated separators from the location (Szczecin, , Poland)', async () => {
    const posting = (id: number, name: string) => ({
      id,
      title: 'Backend Engineer',
      absolute_url: `https://job-boards.greenhouse.io/acme/jobs/${id}`,
      location: { name },
      first_published: '2025-11-03T10:00:00Z',
    });
    const run = await replaySource(
      greenhouseSource,
      { board: 'acme' },
      {
        '/v1/boards/acme/jobs': {
          body: { jobs: [posting(1, 'Szczecin, , Poland'), posting(2, ' ,Berlin ,Germany ;; Remote,')] },
        },
      },
    );
    expect(run.jobs.map((job) => job.location)).toEqual(['Szczecin, Poland', 'Berlin, Germany; Remote']);
  });

  it('throws a SourceError naming the field when the payload is not a job board', async () => {
    const error = await replaySource(
      greenhouseSource,
      { board: 'acme' },
      {
        '/v1/boards/acme/jobs': { body: { error: 'not found' } },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/\/v1\/boards\/acme\/jobs: unexpected response \(jobs: /u);
  });
});
