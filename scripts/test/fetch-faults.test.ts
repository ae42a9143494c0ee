import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadProject } from '@joblist/config';
import { type Snapshot, SnapshotSchema } from '@joblist/core-model';
import { EXIT_SOURCES_FAILED } from '@joblist/sources';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ReplayResponse,
  type ReplayServer,
  startReplayServer,
} from '../../packages/sources/test/_helpers/replay-server.ts';
import { fetchProject } from '../src/commands/fetch.ts';
import { createTempProject, greenhousePayload, type TempProject } from './_helpers/fetch-project.ts';

/** Fast retries, so a 500 costs milliseconds; the timeout is set per test. */
const CLIENT = { retries: 2, retryBaseMs: 20, retryMaxMs: 100, allowLoopback: true };
const ACME = '/v1/boards/acme/jobs';
const BETA = '/v1/boards/beta/jobs';

describe('joblist fetch against a faulty upstream', () => {
  let server: ReplayServer;
  let project: TempProject;
  let sourcesFile: string;

  const fetchOnce = async (now: string, extra: { timeout?: string } = {}) =>
    (
      await fetchProject(
        loadProject(project.configFile),
        {
          sources: sourcesFile,
          out: project.out,
          now,
          'cache-dir': project.cacheDir,
          ...extra,
        },
        CLIENT,
      )
    ).code;
  const readOut = async (): Promise<Snapshot> =>
    v.parse(SnapshotSchema, JSON.parse(await readFile(project.out, 'utf8')));

  /** Runs a good fetch (the previous snapshot), then one with `fault` on board acme; returns both. */
  async function withFault(fault: ReplayResponse | ReplayResponse[], extra: { timeout?: string } = {}) {
    expect(await fetchOnce('2025-11-03T00:00:00Z')).toBe(0);
    const before = await readOut();
    server.setRoutes({ [ACME]: fault });
    const code = await fetchOnce('2025-11-04T00:00:00Z', extra);
    return { before, after: await readOut(), code };
  }

  beforeEach(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    server = await startReplayServer({
      [ACME]: { body: greenhousePayload('acme', 3) },
      [BETA]: { body: greenhousePayload('beta', 2) },
    });
    project = await createTempProject();
    sourcesFile = await project.writeSources([
      { type: 'greenhouse', board: 'acme', baseUrl: server.url, categories: ['backend'] },
      { type: 'greenhouse', board: 'beta', baseUrl: server.url },
    ]);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server.close();
  });

  it('writes the snapshot: ids namespaced, categories merged, newest first, all sources ok', async () => {
    expect(await fetchOnce('2025-11-03T00:00:00Z')).toBe(0);
    const snapshot = await readOut();
    expect(snapshot.jobs.map((job) => job.id)).toEqual([
      'greenhouse:acme:1002',
      'greenhouse:acme:1001',
      'greenhouse:beta:1001',
      'greenhouse:acme:1000',
      'greenhouse:beta:1000',
    ]);
    expect(snapshot.jobs[0]).toMatchObject({
      source: 'greenhouse:acme',
      categories: ['backend'],
      company: { name: 'ACME' },
    });
    expect(snapshot.jobs[2]).not.toHaveProperty('categories');
    expect(snapshot.sources).toEqual([
      { id: 'greenhouse:acme', status: 'ok', jobs: 3, rejected: [], skipped: [], duplicates: 0 },
      { id: 'greenhouse:beta', status: 'ok', jobs: 2, rejected: [], skipped: [], duplicates: 0 },
    ]);
    expect(snapshot.updatedAt).toBe('2025-11-03T00:00:00.000Z');
  });

  it('retries a 500 and ends ok with the same jobs and the same updatedAt', async () => {
    const { before, after, code } = await withFault([
      { status: 500 },
      { body: greenhousePayload('acme', 3) },
    ]);
    expect(code).toBe(0);
    expect(after).toEqual(before);
    expect(server.requestsTo(ACME)).toHaveLength(3);
  });

  it('waits for Retry-After: 1 on a 429, then succeeds', async () => {
    const { after, code } = await withFault([
      { status: 429, headers: { 'retry-after': '1' } },
      { body: greenhousePayload('acme', 4) },
    ]);
    expect(code).toBe(0);
    const [, limited, retried] = server.requestsTo(ACME);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(after.jobs).toHaveLength(6);
    expect(after.updatedAt).toBe('2025-11-04T00:00:00.000Z');
  });

  it.each<[string, ReplayResponse, RegExp]>([
    [
      'truncated JSON',
      { body: '{"jobs":[{"id":1,"title":"Back', headers: { 'content-type': 'application/json' } },
      /invalid JSON/u,
    ],
    [
      'an HTML error page with status 200',
      { body: '<!DOCTYPE html><p>Upstream error</p>', headers: { 'content-type': 'text/html' } },
      /received HTML/u,
    ],
    ['an empty body', { body: '' }, /empty body where JSON was expected/u],
    ['a 404', { status: 404 }, /HTTP 404 Not Found$/u],
    [
      'schema drift rejecting every record',
      { body: { jobs: [{ id: 1, title: 'x', absolute_url: 'nope' }] } },
      /all 1 records rejected/u,
    ],
  ])('%s fails the source, keeps its previous jobs stale and exits 3', async (_, fault, reason) => {
    const { before, after, code } = await withFault(fault);
    expect(code).toBe(EXIT_SOURCES_FAILED);
    const [acme, beta] = after.sources;
    expect(acme).toMatchObject({
      id: 'greenhouse:acme',
      status: 'failed',
      error: expect.stringMatching(reason),
      jobs: 3,
    });
    expect(acme?.error).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/boards\/acme\/jobs\?content=true&pay_transparency=true: |^all /u,
    );
    expect(beta).toMatchObject({ status: 'ok', jobs: 2 });
    const stale = after.jobs.filter((job) => job.source === 'greenhouse:acme');
    expect(stale.map(({ stale: _, ...job }) => job)).toEqual(
      before.jobs.filter((job) => job.source === 'greenhouse:acme'),
    );
    expect(stale.every((job) => job.stale === acme?.error)).toBe(true);
  });

  it('times out a hanging source (short --timeout), keeps its jobs stale and exits 3', async () => {
    const started = Date.now();
    const { after, code } = await withFault({ hang: true }, { timeout: '0.2' });
    expect(code).toBe(EXIT_SOURCES_FAILED);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(after.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/timed out after 200 ms \(after 3 attempts\)$/u),
    });
    expect(after.jobs.filter((job) => job.stale)).toHaveLength(3);
    expect(after.jobs).toHaveLength(5);
  });

  it('treats a valid but empty answer as suspect: previous jobs kept stale, exit 3 (issue 7, row 18)', async () => {
    const { before, after, code } = await withFault({ body: { jobs: [] } });
    expect(code).toBe(EXIT_SOURCES_FAILED);
    expect(after.sources[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^suspect: 0 jobs where the previous snapshot had 3 /u),
    });
    expect(after.jobs.filter((job) => job.stale).map(({ stale: _, ...job }) => job)).toEqual(
      before.jobs.filter((job) => job.source === 'greenhouse:acme'),
    );
  });

  it('fails an over-limit body with exit 3 and a clear message, never an out-of-memory crash (row 20)', async () => {
    sourcesFile = await project.writeSources([
      { type: 'greenhouse', board: 'acme', baseUrl: server.url, maxBytes: 2000 },
      { type: 'greenhouse', board: 'beta', baseUrl: server.url },
    ]);
    server.setRoutes({ [ACME]: { body: greenhousePayload('acme', 50) } });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await fetchOnce('2025-11-03T00:00:00Z')).toBe(EXIT_SOURCES_FAILED);
    expect((await readOut()).sources[0]?.error).toMatch(
      /acme\/jobs\?content=true&pay_transparency=true: response body is larger than the source's maxBytes limit of 2000 bytes/u,
    );
    expect(errors.mock.calls.flat().join('\n')).toContain('greenhouse:acme: GET http');
  });

  it('revalidates with the cache: a 304 reuses the cached body and gives a byte-identical snapshot', async () => {
    const etagged = (etag: string, count: number) => (request: { headers: Record<string, unknown> }) =>
      request.headers['if-none-match'] === etag
        ? { status: 304 }
        : { headers: { etag }, body: greenhousePayload('acme', count) };
    server.setRoutes({ [ACME]: etagged('"acme-v1"', 3) });
    expect(await fetchOnce('2025-11-03T00:00:00Z')).toBe(0);
    const first = await readFile(project.out, 'utf8');
    expect(await fetchOnce('2025-11-05T00:00:00Z')).toBe(0);
    expect(await readFile(project.out, 'utf8')).toBe(first);
    const [initial, revalidated] = server.requestsTo(ACME);
    expect(initial?.headers['if-none-match']).toBeUndefined();
    expect(revalidated?.headers['if-none-match']).toBe('"acme-v1"');
  });

  it('exits 1 and writes nothing for an invalid source config, naming the file, index and field', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sourcesFile = await project.writeSources(
      [
        { type: 'greenhouse', board: 'acme' },
        { type: 'greenhouse', baord: 'x' },
      ],
      'bad.json',
    );
    expect(await fetchOnce('2025-11-03T00:00:00Z')).toBe(1);
    expect(existsSync(project.out)).toBe(false);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /bad\.json: invalid \(record 1\)\n[\s\S]*sources\.1\.board/u,
    );
  });
});
