import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateJobs } from '../src/lib/fetch/validate-jobs.ts';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { normaliseJobUrl } from '../src/lib/normalise/job-url.ts';
import { readListings, simplifySource } from '../src/lib/providers/simplify.ts';
import { type ReplayServer, repoRoot, startReplayServer } from './_helpers/replay-server.ts';

const LISTINGS = resolve(repoRoot, '../shared/fixtures/simplify/listings.json');
const listingsAvailable = existsSync(LISTINGS);
const PIPE_TITLE = 'Data Scientist Intern | Software Engineer Intern - Summer 2025';

const listing = (overrides: Record<string, unknown> = {}) => ({
  id: 'a1',
  company_name: 'Acme &amp; Co',
  company_url: '',
  title: 'Software Engineer Intern ',
  url: 'https://acme.example/jobs/1',
  locations: ['New York, NY', 'Remote in USA'],
  active: true,
  is_visible: true,
  date_posted: 1_730_000_000,
  ...overrides,
});

const context = { http: createHttpClient(), cwd: repoRoot };

describe('simplify source', () => {
  it('maps a listing: locations joined with "; ", date_posted in seconds, remote from a location', () => {
    const { jobs, rejected } = readListings([listing()], 'x', context);
    expect(rejected).toEqual([]);
    expect(jobs).toEqual([
      {
        id: 'a1',
        title: 'Software Engineer Intern',
        company: { name: 'Acme & Co' },
        url: 'https://acme.example/jobs/1',
        location: 'New York, NY; Remote in USA',
        workplace: 'remote',
        postedAt: '2024-10-27T03:33:20.000Z',
      },
    ]);
  });

  it('counts hidden and closed listings as skipped, rejects bad ones by their raw index', () => {
    const { jobs, rejected, skipped, indexes } = readListings(
      [
        listing({ id: 'hidden', is_visible: false, title: 42 }),
        listing({ id: 'closed1', active: false }),
        listing({ id: 'bad', date_posted: 'yesterday' }),
        listing({ id: 'open', locations: ['Austin, TX'] }),
        listing({ id: 'closed2', active: false }),
        listing({ id: 'nourl', url: '' }),
      ],
      'x',
      context,
    );
    expect(jobs.map((job) => [job.id, job.workplace])).toEqual([
      ['open', 'onsite'],
      ['nourl', 'remote'],
    ]);
    // The listing schema rejects here; JobSchema (an empty url) in the pipeline, at the raw index.
    const validated = validateJobs('simplify', jobs, [], indexes);
    expect([...rejected, ...validated.rejected]).toEqual([
      { index: 2, field: 'date_posted', reason: expect.any(String) },
      { index: 5, field: 'url', reason: expect.stringContaining('must be an http(s) URL') },
    ]);
    expect(validated.jobs.map((job) => job.id)).toEqual(['simplify:open']);
    expect(skipped).toEqual([
      { reason: 'hidden listing (is_visible: false)', count: 1 },
      { reason: 'closed posting (active: false)', count: 2 },
    ]);
  });

  it('needs exactly one of path or url, and takes its id from name', () => {
    const valid = (options: object) =>
      v.safeParse(simplifySource.options, { type: 'simplify', ...options }).success;
    expect([valid({ path: 'a.json' }), valid({ url: 'https://x.io/l.json' })]).toEqual([true, true]);
    expect([valid({}), valid({ path: 'a.json', url: 'https://x.io/l.json' })]).toEqual([false, false]);
    expect(simplifySource.id({ type: 'simplify', path: 'a.json' })).toBe('simplify');
    expect(simplifySource.id({ type: 'simplify', path: 'a.json', name: 'new-grad' })).toBe(
      'simplify:new-grad',
    );
  });

  describe('over HTTP', () => {
    let server: ReplayServer;
    afterEach(() => server.close());

    it('GETs the listings from url', async () => {
      server = await startReplayServer({ '/listings.json': { body: [listing()] } });
      const { jobs } = await simplifySource.fetch(
        { type: 'simplify', url: `${server.url}/listings.json` },
        { http: createHttpClient(), cwd: '.' },
      );
      expect(jobs.map((job) => job.id)).toEqual(['a1']);
    });
  });
});

describe.skipIf(!listingsAvailable)(
  `simplify on ../shared/fixtures/simplify/listings.json${listingsAvailable ? '' : ' (absent, skipped)'}`,
  () => {
    let raw: Record<string, unknown>[];
    let dir: string;
    const now = new Date('2025-11-03T00:00:00Z');
    const fetchFile = (path: string) =>
      fetchSources([{ type: 'simplify', path }], { http: createHttpClient(), cwd: dir, now });

    beforeAll(async () => {
      raw = JSON.parse(await readFile(LISTINGS, 'utf8'));
      dir = await mkdtemp(join(tmpdir(), 'joblist-simplify-'));
      await writeFile(join(dir, 'listings.json'), JSON.stringify(raw));
      // The same records with every one visible and open, so the duplicates and the "|" title (all
      // hidden or closed in this commit) go through the whole pipeline.
      await writeFile(
        join(dir, 'all-open.json'),
        JSON.stringify(raw.map((r) => ({ ...r, is_visible: true, active: true }))),
      );
    });

    it('turns every visible open record into a job or a rejection and counts the closed ones', async () => {
      const visible = raw.filter((r) => r.is_visible !== false);
      const closed = visible.filter((r) => r.active === false);
      expect([raw.length, visible.length, closed.length]).toEqual([6000, 5369, 4332]);

      const { jobs, rejected, skipped } = readListings(raw, 'listings.json', context);
      expect(jobs.length + rejected.length).toBe(visible.length - closed.length);
      expect([jobs.length, rejected.length]).toEqual([1037, 0]);
      expect(skipped).toEqual([
        { reason: 'closed posting (active: false)', count: 4332 },
        { reason: 'hidden listing (is_visible: false)', count: 631 },
      ]);

      const snapshot = await fetchFile('listings.json');
      // 1037 open postings: 3 share a URL with another (after tracking parameters are removed) and
      // 35 repeat the company, title and location of another.
      expect(snapshot.jobs).toHaveLength(999);
      expect(snapshot.sources).toEqual([
        { id: 'simplify', status: 'ok', jobs: 999, rejected, skipped, duplicates: 38 },
      ]);
      expect(snapshot.jobs.every((job) => job.id.startsWith('simplify:') && job.source === 'simplify')).toBe(
        true,
      );
      expect(snapshot.jobs.filter((job) => job.workplace === 'remote').length).toBeGreaterThan(0);
    });

    it('with every record open: empty URLs rejected, duplicated ids and URLs removed, the "|" title kept', async () => {
      const snapshot = await fetchFile('all-open.json');
      const [status] = snapshot.sources;
      expect(status?.rejected).toHaveLength(20);
      expect(status?.rejected.every((r) => r.field === 'url')).toBe(true);

      const ids = raw.map((r) => r.id);
      const urls = raw.map((r) => r.url).filter(Boolean);
      expect(ids.length - new Set(ids).size).toBe(2);
      expect(urls.length - new Set(urls).size).toBe(3);
      expect(new Set(snapshot.jobs.map((job) => job.id)).size).toBe(snapshot.jobs.length);
      expect(new Set(snapshot.jobs.map((job) => normaliseJobUrl(job.url))).size).toBe(snapshot.jobs.length);
      expect(snapshot.jobs.length).toBe(5495);

      expect(snapshot.jobs.filter((job) => job.title.includes('|')).map((job) => job.title)).toEqual([
        PIPE_TITLE,
      ]);
    });
  },
);
