import { beforeAll, describe, expect, it } from 'vitest';
import { arbeitnowSource } from '../../src/lib/providers/arbeitnow.ts';
import { readFixture, sharedAvailable, sharedMissingMessage } from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';
import { type ReplayRun, replaySource } from './_replay-source.ts';

const PATH = '/api/job-board-api';

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'arbeitnow replay' : `arbeitnow replay: ${sharedMissingMessage}`,
  () => {
    let result: ReplayRun;

    beforeAll(async () => {
      // The recordings keep only `data`; page 1 gets the `links.next` the real envelope has.
      const first = JSON.parse(await readFixture('arbeitnow.sample.json'));
      const second = JSON.parse(await readFixture('arbeitnow.alt.sample.json'));
      result = await replaySource(
        arbeitnowSource,
        {},
        {
          [`${PATH}?page=1`]: {
            body: { ...first, links: { next: 'https://www.arbeitnow.com/api/job-board-api?page=2' } },
          },
          [`${PATH}?page=2`]: { body: { ...second, links: { next: null } } },
        },
      );
    });

    it('follows links.next to the last page', () => {
      expect(result.requestsTo(PATH).map((request) => request.query.page)).toEqual(['1', '2']);
      expect(result.rejected).toEqual([]);
      expect(result.jobs).toHaveLength(8);
    });

    it('uses the slugs as ids', () => {
      expect(result.jobs.map((job) => job.id)).toEqual([
        'praktikant-marketing-event-student-in-offenburg-442686',
        'quereinsteiger-redaktion-marketing-vertrieb-berlin-308023',
        'remote-senior-account-executive-enterprise-165386',
        'ml-product-engineer-heidelberg-60723',
        'machine-meta-learner-heidelberg-235959',
        'technical-co-founder-cto-aureas-munich-353142',
        'senior-product-owner-hamburg-berlin-302643',
        'director-of-data-berlin-456700',
      ]);
    });

    it('produces valid jobs without HTML or mojibake', () => {
      expectCleanJobs(result.jobs);
    });

    it('normalises jobs field by field', () => {
      const [first, , remote] = result.jobs;
      expect(first).toMatchObject({
        title: 'Praktikant Marketing/Event (m/w/d) - Student: in',
        company: { name: 'Georg Kuhn GmbH' },
        url: 'https://www.arbeitnow.com/jobs/companies/georg-kuhn-gmbh/praktikant-marketing-event-student-in-offenburg-442686',
        location: 'Offenburg',
        workplace: 'onsite',
        postedAt: '2026-08-15T15:30:24.000Z',
      });
      expect(first?.salary).toBeUndefined();
      expect(first?.description).toMatch(/^Wir bieten Studenten und Studentinnen die Möglichkeit/u);
      expect(remote).toMatchObject({
        title: 'Senior Account Executive, Enterprise',
        company: { name: 'veeamsoftware' },
        location: 'Remote',
        workplace: 'remote',
        postedAt: '2026-08-15T14:55:32.000Z',
      });
      expect(remote?.skills).toEqual(expect.arrayContaining(['field sales', 'central 1000030']));
    });

    it('unescapes entity-escaped HTML descriptions', () => {
      const owner = result.jobs.find((job) => job.id === 'senior-product-owner-hamburg-berlin-302643');
      expect(owner?.location).toBe('Hamburg, Berlin');
      expect(owner?.description).toMatch(/^Senior Product Owner \(d\/f\/m\)\nHamburg, Berlin, Hybrid\n/u);
      const veeam = result.jobs[2]?.description ?? '';
      expect(veeam).toMatch(/^Veeam is the Data and A/u);
    });
  },
);

describe('arbeitnow pagination', () => {
  it('stops on an empty page and fails on a page without data', async () => {
    const job = {
      slug: 'a-1',
      title: 'Dev',
      url: 'https://www.arbeitnow.com/jobs/a-1',
      created_at: 1786807824,
    };
    const result = await replaySource(
      arbeitnowSource,
      {},
      {
        [`${PATH}?page=1`]: { body: { data: [job], links: { next: 'x?page=2' } } },
        [`${PATH}?page=2`]: { body: { data: [], links: { next: 'x?page=3' } } },
      },
    );
    expect(result.jobs.map((each) => each.id)).toEqual(['a-1']);
    expect(result.requestsTo(PATH)).toHaveLength(2);

    await expect(
      replaySource(arbeitnowSource, {}, { [`${PATH}?page=1`]: { body: { message: 'Too Many Attempts.' } } }),
    ).rejects.toThrow(/page=1: unexpected response \(data: /u);
  });
});
