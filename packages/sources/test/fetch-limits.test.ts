import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobInput, Snapshot } from '@joblist/core-model';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { sourceRegistry } from '../src/lib/registry.ts';
import type { SourceAdapter } from '../src/lib/types.ts';
import { job } from './_helpers/job.ts';
import { type ReplayResponse, type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

const NOW = new Date('2025-11-03T00:00:00Z');
const POSTINGS = '/v1/companies/acme/postings';

/** One SmartRecruiters posting whose name is `size` characters long. */
const posting = (id: number, size = 20) => ({
  id: String(id),
  name: `Engineer ${id} ${'n'.repeat(size)}`,
  releasedDate: '2025-11-01T00:00:00Z',
  company: { identifier: 'acme', name: 'Acme' },
  location: { city: 'Berlin', country: 'de' },
});

/** A posting list that claims a billion postings: page `offset` holds 100 of `size`-character names. */
const endless =
  (size: number, pagesServed = 20) =>
  (request: { query: Record<string, string> }, n: number) =>
    n >= pagesServed
      ? { status: 500 }
      : {
          body: {
            totalFound: 1e9,
            content: Array.from({ length: 100 }, (_, i) => posting(Number(request.query.offset) + i, size)),
          },
        };

/** 40 postings in one page, and the route of each one's detail request answering `response`. */
const list = { totalFound: 40, content: Array.from({ length: 40 }, (_, i) => posting(i)) };
const details = (response: ReplayResponse) =>
  Object.fromEntries(list.content.map(({ id }) => [`${POSTINGS}/${id}`, response]));

describe('limits per source, not per page (issue 19, rows 2 and 4)', () => {
  let server: ReplayServer | undefined;
  const http = createHttpClient({ retries: 0, timeoutMs: 1000, allowLoopback: true });
  const run = (source: Record<string, unknown>, previous?: Snapshot) =>
    fetchSources([{ type: 'smartrecruiters', company: 'acme', baseUrl: server?.url, ...source }], {
      http,
      cwd: '.',
      now: NOW,
      previous,
    });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('counts records across pages: totalFound 1e9 stops at maxRecords, not after 1,000 pages', async () => {
    server = await startReplayServer({ [POSTINGS]: endless(20, 1000) });
    const snapshot = await run({ details: false, maxRecords: 250 });
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/more than 250 records, the source's maxRecords limit/u),
    });
    expect(server.requestsTo(POSTINGS)).toHaveLength(3);
  });

  it('counts bytes across pages: 200 KB pages stop at a 1 MiB maxBytes', async () => {
    server = await startReplayServer({ [POSTINGS]: endless(2000) });
    const snapshot = await run({ details: false, maxBytes: 2 ** 20 });
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/responses of more than 1048576 bytes together .*maxBytes limit/u),
    });
    expect(server.requestsTo(POSTINGS).length).toBeLessThanOrEqual(6);
  });

  it('counts bytes across detail requests too', async () => {
    const detail = { jobAd: { sections: { job: { text: 'x'.repeat(100_000) } } } };
    server = await startReplayServer({ [POSTINGS]: { body: list }, ...details({ body: detail }) });
    const snapshot = await run({ maxBytes: 2 ** 20 });
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/maxBytes limit/u),
    });
  });

  it('gives list and detail requests one deadline: detail requests that never answer fail the source on time', async () => {
    server = await startReplayServer({ [POSTINGS]: { body: list }, ...details({ hang: true }) });
    const previous = await run({ details: false });
    expect(previous.jobs).toHaveLength(40);
    const started = Date.now();
    const snapshot = await run({ maxSeconds: 2 }, previous);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      jobs: 40,
      error: expect.stringMatching(
        /^not done within 2 s \(list and detail requests together\), the source's maxSeconds limit/u,
      ),
    });
    expect(snapshot.jobs.every((each) => each.stale !== undefined)).toBe(true);
  });
});

describe('a total snapshot budget (issue 19, row 3)', () => {
  it('keeps 10 sources × 3,000 jobs × 20,000-character descriptions in one snapshot string: the sources past the budget fail', async () => {
    const description = 'Build services. '.repeat(1250);
    const adapter: SourceAdapter = {
      type: 'big',
      options: v.object({ type: v.literal('big'), n: v.number(), minShare: v.optional(v.number()) }),
      id: (options) => `big:${(options as { n: number }).n}`,
      fetch: async (options) => {
        const { n } = options as { n: number };
        const jobs: JobInput[] = Array.from({ length: 3000 }, (_, i) =>
          job(`${n}-${i}`, {
            url: `https://acme.example/${n}/${i}`,
            title: `Engineer ${n} ${i}`,
            description,
            skills: ['go'],
          }),
        );
        return { jobs, rejected: [] };
      },
    };
    const registry = new Map([...sourceRegistry, ['big', adapter]]);
    const sources = Array.from({ length: 10 }, (_, n) => ({ type: 'big', n }));
    const options = { http: createHttpClient(), cwd: '.', now: NOW, registry };
    const previous = await fetchSources(sources.slice(0, 1), options);
    const snapshot = await fetchSources(sources, { ...options, previous });
    const statuses = snapshot.sources.map((source) => source.status);
    expect(statuses.filter((status) => status === 'ok').length).toBeGreaterThan(0);
    expect(statuses.slice(statuses.indexOf('failed'))).toEqual(
      Array(statuses.length - statuses.indexOf('failed')).fill('failed'),
    );
    expect(snapshot.sources.at(-1)?.error).toMatch(/^over the snapshot budget/u);
    // The whole snapshot is one string again, and under the file cap a later fetch reads.
    expect(JSON.stringify(snapshot).length).toBeLessThan(400 * 2 ** 20);
  }, 60_000);
});

describe('minShare counts jobs after deduplication (issue 19, row 9)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-limits-'));
  });

  it('20 records of one job where 20 jobs were is suspect: the 20 are kept, stale', async () => {
    const http = createHttpClient({ allowLoopback: true });
    const write = (jobs: JobInput[]) => writeFile(join(dir, 'a.json'), JSON.stringify(jobs));
    const fetch = (previous?: Snapshot) =>
      fetchSources([{ type: 'file', path: 'a.json' }], { http, cwd: dir, now: NOW, previous });
    await write(Array.from({ length: 20 }, (_, i) => job(String(i))));
    const previous = await fetch();
    await write(Array.from({ length: 20 }, () => job('1')));
    const snapshot = await fetch(previous);
    expect(snapshot.sources[0]).toMatchObject({
      status: 'failed',
      jobs: 20,
      error: expect.stringMatching(/^suspect: 1 jobs where the previous snapshot had 20/u),
    });
    expect(snapshot.jobs).toHaveLength(20);
  });
});
