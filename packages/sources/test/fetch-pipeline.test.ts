import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FetchProgress, fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { job } from './_helpers/job.ts';

describe('fetchSources', () => {
  let dir: string;
  const http = createHttpClient({ allowLoopback: true });
  const write = (name: string, jobs: unknown[]) => writeFile(join(dir, name), JSON.stringify(jobs));
  const run = (sources: unknown[], extra: Partial<Parameters<typeof fetchSources>[1]> = {}) =>
    fetchSources(sources, { http, cwd: dir, now: new Date('2025-11-03T00:00:00Z'), ...extra });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-pipeline-'));
  });

  it('deduplicates across sources in config order and sorts newest first, then by id', async () => {
    await write('a.json', [
      job('1', { postedAt: '2025-11-02T00:00:00Z' }),
      job('2'),
      job('3', { url: 'https://ACME.example/jobs/1/?utm_source=feed', title: 'Other' }),
    ]);
    await write('b.json', [
      job('9', { url: 'https://acme.example/jobs/9', title: 'engineer 2', company: { name: 'ACME' } }),
      job('0'),
    ]);
    const snapshot = await run([
      { type: 'file', path: 'a.json' },
      { type: 'file', path: 'b.json', categories: ['backend'] },
    ]);
    expect(snapshot.jobs.map((j) => j.id)).toEqual(['file:a.json:1', 'file:a.json:2', 'file:b.json:0']);
    expect(snapshot.jobs[2]?.categories).toEqual(['backend']);
    expect(snapshot.sources.map((s) => [s.id, s.jobs])).toEqual([
      ['file:a.json', 2],
      ['file:b.json', 1],
    ]);
  });

  it('keeps the rest of a source when some records are rejected, reporting index, field and reason', async () => {
    await write('a.json', [
      job('1'),
      job('2', { workplace: 'moon' as never }),
      job('3', { postedAt: 'soon' }),
    ]);
    const [status] = (await run([{ type: 'file', path: 'a.json' }])).sources;
    expect(status).toEqual({
      id: 'file:a.json',
      status: 'ok',
      jobs: 1,
      rejected: [
        { index: 1, field: 'workplace', reason: expect.stringContaining('"moon"') },
        { index: 2, field: 'postedAt', reason: expect.stringContaining('ISO 8601') },
      ],
      skipped: [],
      duplicates: 0,
    });
  });

  it('keeps a failed source’s previous jobs marked stale, prefers fresh duplicates and drops removed sources', async () => {
    await write('a.json', [job('1'), job('2')]);
    await write('b.json', [job('7', { postedAt: '2025-10-01T00:00:00Z' })]);
    await write('gone.json', [job('5', { company: { name: 'Gone' } })]);
    const previous = await run([
      { type: 'file', path: 'a.json' },
      { type: 'file', path: 'b.json' },
      { type: 'file', path: 'gone.json' },
    ]);
    await rm(join(dir, 'a.json'));
    await write('b.json', [
      job('7', { postedAt: '2025-10-01T00:00:00Z' }),
      job('8', { url: 'https://acme.example/jobs/2' }),
    ]);
    const snapshot = await run(
      [
        { type: 'file', path: 'a.json' },
        { type: 'file', path: 'b.json' },
      ],
      { previous, now: new Date('2025-11-04T00:00:00Z') },
    );
    expect(snapshot.jobs.map((j) => [j.id, j.stale])).toEqual([
      ['file:a.json:1', 'a.json: file not found'],
      ['file:b.json:8', undefined],
      ['file:b.json:7', undefined],
    ]);
    expect(snapshot.sources).toEqual([
      {
        id: 'file:a.json',
        status: 'failed',
        error: 'a.json: file not found',
        jobs: 1,
        rejected: [],
        skipped: [],
        duplicates: 0,
      },
      { id: 'file:b.json', status: 'ok', jobs: 2, rejected: [], skipped: [], duplicates: 0 },
    ]);
    expect(snapshot.updatedAt).toBe('2025-11-04T00:00:00.000Z');
  });

  it('gives identical snapshots for identical upstream data; updatedAt moves only when the postings change', async () => {
    await write('a.json', [job('1'), job('2')]);
    const sources = [{ type: 'file', path: 'a.json' }];
    const first = await run(sources);
    const second = await run(sources, { previous: first, now: new Date('2025-12-01T00:00:00Z') });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    await rm(join(dir, 'a.json'));
    const failing = await run(sources, { previous: second, now: new Date('2025-12-02T00:00:00Z') });
    expect(failing.jobs.every((j) => j.stale === 'a.json: file not found')).toBe(true);
    expect(failing.updatedAt).toBe(first.updatedAt);
    await write('a.json', [job('1'), job('2', { title: 'Staff Engineer' })]);
    const changed = await run(sources, { previous: failing, now: new Date('2025-12-03T00:00:00Z') });
    expect(changed.updatedAt).toBe('2025-12-03T00:00:00.000Z');
  });

  it('reports progress once per finished source', async () => {
    await write('a.json', [job('1')]);
    const events: FetchProgress[] = [];
    await run(
      [
        { type: 'file', path: 'a.json' },
        { type: 'file', path: 'missing.json' },
      ],
      { onProgress: (event) => events.push(event) },
    );
    expect(events.map((e) => [e.done, e.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(events.at(-1)).toMatchObject({ failed: 1, jobs: 1 });
  });

  it('throws before fetching anything when a source config is invalid', async () => {
    await expect(
      run([{ type: 'file' }, { type: 'remoteok', extra: 1 }], { configFile: 'joblist.config.ts' }),
    ).rejects.toThrow(
      /^joblist\.config\.ts: invalid \(records 0, 1\)\n {2}- sources\.0\.path: [^\n]*\n {2}- sources\.1\.extra: /u,
    );
  });
});
