import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot, SourceStatus } from '@joblist/core-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { HN_SKIP_REASONS } from '../src/lib/providers/hn-whoishiring.ts';
import { WORKABLE_MERGED } from '../src/lib/providers/workable.ts';
import { job } from './_helpers/job.ts';
import { type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

/** Raw records a status accounts for: kept jobs, rejections, skips and duplicates. */
const accounted = (status: SourceStatus | undefined) =>
  (status?.jobs ?? 0) +
  (status?.rejected.length ?? 0) +
  (status?.skipped ?? []).reduce((sum, skipped) => sum + skipped.count, 0) +
  (status?.duplicates ?? Number.NaN);

describe('fetch guards', () => {
  let dir: string;
  let server: ReplayServer | undefined;
  const http = createHttpClient({ retries: 0, timeoutMs: 5000, allowLoopback: true });
  const write = (name: string, content: unknown) =>
    writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  const run = (sources: unknown[], previous?: Snapshot) =>
    fetchSources(sources, { http, cwd: dir, now: new Date('2025-11-03T00:00:00Z'), previous });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-guards-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  describe('a source that suddenly returns (almost) nothing (issue 7, row 18)', () => {
    const four = [job('1'), job('2'), job('3'), job('4')];

    it('keeps its previous jobs, stale, when it answers a valid empty list', async () => {
      await write('a.json', four);
      const previous = await run([{ type: 'file', path: 'a.json' }]);
      await write('a.json', []);
      const snapshot = await run([{ type: 'file', path: 'a.json' }], previous);
      expect(snapshot.sources[0]).toMatchObject({
        status: 'failed',
        jobs: 4,
        error: expect.stringMatching(
          /^suspect: 0 jobs where the previous snapshot had 4 \(below minShare 0.5\)/u,
        ),
      });
      expect(snapshot.jobs.map((j) => j.stale)).toEqual(Array(4).fill(snapshot.sources[0]?.error));
    });

    it('keeps them when it returns fewer than minShare of them, and accepts a drop its config allows', async () => {
      await write('a.json', four);
      const previous = await run([{ type: 'file', path: 'a.json' }]);
      await write('a.json', [job('1')]);
      const shrunk = await run([{ type: 'file', path: 'a.json', minShare: 0.3 }], previous);
      expect(shrunk.sources[0]).toMatchObject({ status: 'failed', jobs: 4 });
      const half = await run([{ type: 'file', path: 'a.json', minShare: 0.25 }], previous);
      expect(half.sources[0]).toMatchObject({ status: 'ok', jobs: 1 });
      await write('a.json', []);
      const none = await run([{ type: 'file', path: 'a.json', minShare: 0 }], previous);
      expect(none.sources[0]).toMatchObject({ status: 'ok', jobs: 0 });
      expect(none.jobs).toEqual([]);
    });
  });

  describe('memory is bounded (issue 7, row 20)', () => {
    it('fails a file source with more records than maxRecords, keeping its previous jobs', async () => {
      await write('a.json', [job('1')]);
      const previous = await run([{ type: 'file', path: 'a.json' }]);
      await write(
        'a.json',
        Array.from({ length: 2000 }, (_, index) => job(String(index))),
      );
      const snapshot = await run([{ type: 'file', path: 'a.json', maxRecords: 1000 }], previous);
      expect(snapshot.sources[0]).toMatchObject({
        status: 'failed',
        jobs: 1,
        error:
          '2000 records, more than the source\'s maxRecords limit of 1000; raise "maxRecords" in its config if this is expected',
      });
    });

    it('stops a listings file read one by one at its maxRecords + 1st record', async () => {
      const listing = (id: number) => ({
        id: String(id),
        company_name: 'Acme',
        title: `Engineer ${id}`,
        url: `https://acme.example/${id}`,
        locations: ['Remote'],
        active: true,
        date_posted: 1_764_000_000,
      });
      await write(
        'listings.json',
        Array.from({ length: 30 }, (_, index) => listing(index)),
      );
      const snapshot = await run([{ type: 'simplify', path: 'listings.json', maxRecords: 20 }]);
      expect(snapshot.sources[0]).toMatchObject({
        status: 'failed',
        error:
          'more than 20 records, the source\'s maxRecords limit; raise "maxRecords" in its config if this is expected',
      });
      expect((await run([{ type: 'simplify', path: 'listings.json', maxRecords: 30 }])).jobs).toHaveLength(
        30,
      );
    });

    it('fails a file larger than maxBytes before reading it', async () => {
      await write('a.json', [job('1'), job('2')]);
      const snapshot = await run([{ type: 'file', path: 'a.json', maxBytes: 100 }]);
      expect(snapshot.sources[0]).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/^a\.json: \d+ bytes, more than the source's maxBytes limit of 100;/u),
      });
    });

    it('cuts off an HTTP body longer than maxBytes, announced or streamed, without retrying', async () => {
      const jobs = Array.from({ length: 500 }, (_, index) => ({
        id: index,
        title: `Engineer ${index}`,
        absolute_url: `https://acme.example/${index}`,
      }));
      const body = JSON.stringify({ jobs });
      server = await startReplayServer({
        // One announces its length; the other streams it (chunked), so only counting can stop it.
        '/v1/boards/sized/jobs': { body, headers: { 'content-length': String(Buffer.byteLength(body)) } },
        '/v1/boards/streamed/jobs': { body },
      });
      const snapshot = await run([
        { type: 'greenhouse', board: 'sized', baseUrl: server.url, maxBytes: 10_000 },
        { type: 'greenhouse', board: 'streamed', baseUrl: server.url, maxBytes: 10_000 },
      ]);
      for (const status of snapshot.sources) {
        expect(status).toMatchObject({
          status: 'failed',
          error: expect.stringContaining("larger than the source's maxBytes limit of 10000 bytes"),
        });
      }
      expect(server.requests).toHaveLength(2);
    });
  });

  describe('every raw record is accounted for (issue 7 row 23, issue 12)', () => {
    it('counts duplicates in the status', async () => {
      await write('a.json', [
        job('1'),
        job('2', { url: 'https://acme.example/jobs/1?utm_source=x' }),
        job('3'),
      ]);
      const snapshot = await run([{ type: 'file', path: 'a.json' }]);
      expect(snapshot.sources[0]).toMatchObject({ status: 'ok', jobs: 2, duplicates: 1 });
    });

    it('jobs + rejected + skipped + duplicates = raw records, for several providers', async () => {
      const greenhouse = [
        {
          id: 1,
          title: 'Backend Engineer',
          first_published: '2025-11-01T00:00:00Z',
          absolute_url: 'https://acme.example/gh/1',
        },
        {
          id: 2,
          title: 'Backend Engineer II',
          first_published: '2025-11-01T00:00:00Z',
          absolute_url: 'https://acme.example/gh/1?ref=x',
        },
        { id: 3, first_published: '2025-11-01T00:00:00Z', absolute_url: 'https://acme.example/gh/3' },
        {
          id: 4,
          title: 'Frontend Engineer',
          first_published: '2025-11-01T00:00:00Z',
          absolute_url: 'not-a-url',
        },
      ];
      const ashby = [
        {
          id: 'a',
          title: 'Data Engineer',
          publishedAt: '2025-11-01T00:00:00Z',
          jobUrl: 'https://acme.example/ab/a',
        },
        {
          id: 'b',
          title: 'Hidden',
          publishedAt: '2025-11-01T00:00:00Z',
          jobUrl: 'https://acme.example/ab/b',
          isListed: false,
        },
        { id: 'c', title: 'No URL' },
      ];
      const remoteok = [
        { last_updated: 1, legal: 'terms' },
        {
          id: 10,
          position: 'Go Developer',
          company: 'Remote Co',
          url: 'https://remote.example/10',
          epoch: 1762000000,
        },
        {
          id: 11,
          position: 'Go Developer',
          company: 'Remote Co',
          url: 'https://remote.example/11',
          epoch: 1762000000,
        },
        { id: 12, company: 'Remote Co' },
      ];
      const listing = (id: string, extra: object = {}) => ({
        id,
        company_name: 'Intern Co',
        title: `Intern ${id}`,
        url: `https://intern.example/${id}`,
        locations: ['Austin, TX'],
        active: true,
        date_posted: 1_762_000_000,
        ...extra,
      });
      const listings = [
        listing('l1'),
        listing('l2', { is_visible: false, title: 42 }),
        listing('l3', { active: false }),
        listing('l4', { date_posted: 'yesterday' }),
        listing('l5', { url: 'https://intern.example/l1' }),
      ];
      const hit = (objectID: unknown, comment_text: string, parent_id = 100) => ({
        objectID,
        parent_id,
        comment_text,
        created_at_i: 1_762_000_000,
      });
      const hn = [
        hit('h1', 'Acme | Backend Engineer | Remote<p>Go and Postgres.'),
        hit('h1', 'Acme | Backend Engineer | Remote<p>Go and Postgres.'),
        hit('h2', 'Thanks, applied!', 4242),
        hit('h3', 'We are hiring, see our site.'),
        hit(null, 'Beta | Data Engineer | Berlin'),
      ];
      const posting = (
        shortcode: unknown,
        country: string,
        url = `https://apply.workable.com/j/${shortcode}`,
      ) => ({
        shortcode,
        title: 'Support Engineer',
        url,
        published_on: '2025-11-01',
        locations: [{ country }],
      });
      const workable = [
        posting('W1', 'Spain'),
        posting('W1', 'Portugal'),
        posting(null, 'Spain'),
        posting('W4', 'Spain', 'https://apply.workable.com/j/W1?utm_source=x'),
      ];
      const file = [
        job('f1'),
        job('f2', { workplace: 'moon' as never }),
        job('f1'),
        job('f4', { company: { name: 'Remote Co' }, title: 'Go Developer', location: '' }),
      ];
      server = await startReplayServer({
        '/v1/boards/acme/jobs': { body: { jobs: greenhouse } },
        '/posting-api/job-board/acme': { body: { jobs: ashby } },
        '/api': { body: remoteok },
        '/api/v1/search_by_date': { body: { hits: hn } },
        '/api/v1/widget/accounts/acme': { body: { name: 'Acme', jobs: workable } },
      });
      await write('listings.json', listings);
      await write('jobs.json', file);
      const snapshot = await run([
        { type: 'greenhouse', board: 'acme', baseUrl: server.url },
        { type: 'ashby', board: 'acme', company: 'Acme', baseUrl: server.url },
        { type: 'remoteok', baseUrl: server.url },
        { type: 'simplify', path: 'listings.json' },
        { type: 'file', path: 'jobs.json' },
        { type: 'hn-whoishiring', storyId: 100, baseUrl: server.url },
        { type: 'workable', account: 'acme', baseUrl: server.url },
      ]);
      const raw = [
        ...[greenhouse.length, ashby.length, remoteok.length - 1, listings.length, file.length],
        ...[hn.length, workable.length],
      ];
      expect(snapshot.sources.map((status) => status.status)).toEqual(Array(7).fill('ok'));
      expect(snapshot.sources.map(accounted)).toEqual(raw);
      expect(snapshot.sources.map((status) => status.duplicates)).toEqual([1, 0, 1, 1, 2, 0, 1]);
      expect(snapshot.sources[3]?.skipped).toEqual([
        { reason: 'hidden listing (is_visible: false)', count: 1 },
        { reason: 'closed posting (active: false)', count: 1 },
      ]);
      expect(snapshot.sources[1]?.skipped).toEqual([
        { reason: 'unlisted posting (isListed: false)', count: 1 },
      ]);
      expect(snapshot.sources[5]).toMatchObject({
        jobs: 1,
        rejected: [{ index: 4, field: 'objectID' }],
        skipped: [
          { reason: HN_SKIP_REASONS.repeated, count: 1 },
          { reason: HN_SKIP_REASONS.reply, count: 1 },
          { reason: HN_SKIP_REASONS.noHeader, count: 1 },
        ],
      });
      expect(snapshot.sources[6]).toMatchObject({
        jobs: 1,
        rejected: [{ index: 2, field: 'shortcode' }],
        skipped: [{ reason: WORKABLE_MERGED, count: 1 }],
      });
      expect(snapshot.jobs.find((each) => each.id === 'workable:acme:W1')?.location).toBe('Spain; Portugal');
    });
  });
});
