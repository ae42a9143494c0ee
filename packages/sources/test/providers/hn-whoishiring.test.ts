import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/lib/http/client.ts';
import {
  HN_SKIP_REASONS,
  hnWhoishiringSource,
  parseHiringHeader,
} from '../../src/lib/providers/hn-whoishiring.ts';
import type { SourceResult } from '../../src/lib/types.ts';
import {
  type ReplayServer,
  readFixture,
  sharedAvailable,
  sharedMissingMessage,
  startReplayServer,
} from '../_helpers/replay-server.ts';
import { expectCleanJobs } from './_job-checks.ts';

const http = createHttpClient({ retries: 0 });
const PATH = '/api/v1/search_by_date';
const STORY = 48747976;

describe('parseHiringHeader', () => {
  it('reads company, title, location and salary in the usual order', () => {
    expect(
      parseHiringHeader(
        'ResortPass | Senior Engineer | New York, NY | Onsite | Full-time | $160k–$180k + Equity',
      ),
    ).toEqual({
      company: 'ResortPass',
      title: 'Senior Engineer',
      location: 'New York, NY',
      salary: '$160k–$180k + Equity',
      visa: [],
      details: ['Senior Engineer', 'New York, NY', 'Onsite', 'Full-time', '$160k–$180k + Equity'],
    });
  });

  it('joins roles listed in a row and skips employment types and links when finding the location', () => {
    expect(
      parseHiringHeader('Qase | Developer Advocate | Support Specialist | REMOTE | Full-time'),
    ).toMatchObject({
      title: 'Developer Advocate / Support Specialist',
      location: 'REMOTE',
      salary: '',
    });
    expect(parseHiringHeader('Acme | Engineer | Full-time | https://acme.io/jobs | Berlin')).toMatchObject({
      location: 'Berlin',
    });
  });

  it('takes the role from whichever part names one, and no role from a place, a link or a type', () => {
    expect(parseHiringHeader('Woosmap | https://www.woosmap.com/ | Senior Backend Engineer')).toMatchObject({
      title: 'Senior Backend Engineer',
    });
    expect(parseHiringHeader('Acme | Beijing | Machine Learning Engineer')).toMatchObject({
      title: 'Machine Learning Engineer',
      location: 'Beijing',
    });
    expect(parseHiringHeader('Acme | Remote (US) | Staff Engineer')).toMatchObject({
      title: 'Staff Engineer',
    });
    expect(parseHiringHeader('Acme | Full-time | Product Designer')).toMatchObject({
      title: 'Product Designer',
    });
    expect(parseHiringHeader('Acme | Summer Intern | Internship | NYC')).toMatchObject({
      title: 'Summer Intern',
    });
    expect(parseHiringHeader('Acme | Full-stack | Remote (EU)')).toMatchObject({ title: 'Full-stack' });
    expect(parseHiringHeader('Acme | https://acme.example | Berlin | REMOTE')).toMatchObject({ title: '' });
  });

  it('reads the workplace from a part before the title', () => {
    const header = parseHiringHeader('Holepuch | Remote, Worldwide | Senior Node.js Software Engineer');
    expect(header).toMatchObject({
      title: 'Senior Node.js Software Engineer',
      location: 'Remote, Worldwide',
    });
    expect(header?.details).toContain('Remote, Worldwide');
  });

  it('refuses lines that are not a header', () => {
    expect(parseHiringHeader('This Dot Labs Open roles: • Engineering Leads')).toBeUndefined();
    expect(parseHiringHeader('Acme |')).toBeUndefined();
    expect(parseHiringHeader(`${'A long sentence of prose '.repeat(5)}| with a pipe`)).toBeUndefined();
  });
});

describe('hn-whoishiring options', () => {
  it('accepts the story id as a number or a numeric string', () => {
    const options = { type: 'hn-whoishiring', storyId: '48747976' };
    const parsed = hnWhoishiringSource.options['~standard'].validate(options);
    expect(parsed).toMatchObject({ value: { storyId: STORY, baseUrl: 'https://hn.algolia.com' } });
    expect(
      hnWhoishiringSource.id({ type: 'hn-whoishiring', baseUrl: 'https://hn.algolia.com', storyId: STORY }),
    ).toBe('hn-whoishiring:48747976');
  });
});

describe.skipIf(!sharedAvailable)(
  sharedAvailable ? 'hn-whoishiring replay' : `hn-whoishiring replay: ${sharedMissingMessage}`,
  () => {
    let server: ReplayServer;
    let result: SourceResult;

    beforeAll(async () => {
      server = await startReplayServer({ [PATH]: { body: await readFixture('hn_algolia.sample.json') } });
      result = await hnWhoishiringSource.fetch(
        { type: 'hn-whoishiring', baseUrl: server.url, storyId: STORY },
        { http, cwd: '.' },
      );
    });
    afterAll(() => server.close());

    it('asks Algolia for the thread comments, newest first', () => {
      expect(server.requestsTo(PATH).map(({ query }) => query)).toEqual([
        { tags: `comment,story_${STORY}`, hitsPerPage: '1000' },
      ]);
    });

    it('keeps top-level posts with a header and skips the reply and the header-less post', () => {
      expect(result.rejected).toEqual([]);
      expect(result.jobs.map((job) => job.id)).toEqual([
        '48860201',
        '48843116',
        '48842567',
        '48837669',
        '48868436',
      ]);
    });

    it('produces valid jobs without HTML or mojibake', () => {
      expectCleanJobs(result.jobs);
    });

    it('normalises posts field by field', () => {
      const [qase, wave, zeitlabs, trinsic, resortPass] = result.jobs;
      expect(qase).toMatchObject({
        title: 'Developer Advocate / Technical Customer Support Specialist',
        company: { name: 'Qase' },
        url: 'https://news.ycombinator.com/item?id=48860201',
        location: 'REMOTE',
        workplace: 'remote',
        postedAt: '2026-07-10T14:10:34.000Z',
      });
      expect(qase?.salary).toBeUndefined();
      expect(qase?.description).toContain("We're building the space");
      expect(wave).toMatchObject({
        title: 'On-Premises SRE',
        company: { name: 'Wave' },
        location: 'Remote (EMEA)',
        workplace: 'remote',
        postedAt: '2026-07-09T09:17:40.000Z',
        salary: { max: 185500, currency: 'USD', period: 'year' },
      });
      expect(zeitlabs).toMatchObject({ title: 'Senior Frontend Engineer', location: 'Remote (UTC+3)' });
      expect(zeitlabs?.skills).toEqual(expect.arrayContaining(['react', 'typescript', 'css']));
      expect(trinsic).toMatchObject({
        company: { name: 'Trinsic' },
        location: 'REMOTE (Europe)',
        workplace: 'remote',
      });
      expect(resortPass).toMatchObject({
        title: 'Senior Software Engineer, Frontend',
        location: 'New York, NY',
        workplace: 'onsite',
        postedAt: '2026-07-11T03:28:07.000Z',
        salary: { min: 160000, max: 180000, currency: 'USD', period: 'year' },
      });
    });

    it('decodes entities and keeps paragraphs in the description', () => {
      const qase = result.jobs[0]?.description ?? '';
      expect(qase.split('\n\n')[0]).toBe(
        'Qase | Developer Advocate | Technical Customer Support Specialist | REMOTE | Full-time',
      );
      expect(qase).toContain('QA/quality-engineering background');
    });
  },
);

describe('hn-whoishiring paging', () => {
  let server: ReplayServer;
  afterAll(() => server.close());

  const comment = (id: number, second: number) => ({
    objectID: String(id),
    parent_id: STORY,
    created_at_i: second,
    created_at: new Date(second * 1000).toISOString(),
    comment_text: `Acme ${id} | Engineer | Berlin<p>Details`,
  });

  it('walks back past a full page by created_at_i and drops the overlap', async () => {
    const full = Array.from({ length: 1000 }, (_, index) => comment(5000 - index, 2_000_000_000 - index));
    const rest = [comment(4001, 2_000_000_000 - 999), comment(4000, 1_999_990_000)];
    server = await startReplayServer({
      [PATH]: (request) => ({ body: { hits: request.query.numericFilters ? rest : full } }),
    });
    const result = await hnWhoishiringSource.fetch(
      { type: 'hn-whoishiring', baseUrl: server.url, storyId: STORY },
      { http, cwd: '.' },
    );
    expect(server.requestsTo(PATH).map(({ query }) => query.numericFilters)).toEqual([
      undefined,
      `created_at_i<=${2_000_000_000 - 999}`,
    ]);
    expect(result.jobs).toHaveLength(1001);
    expect(result.skipped).toEqual([{ reason: HN_SKIP_REASONS.repeated, count: 1 }]);
    expect(result.jobs.at(-1)).toMatchObject({
      id: '4000',
      company: { name: 'Acme 4000' },
      location: 'Berlin',
    });
  });
});
