import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobInput, Snapshot } from '@joblist/core-model';
import { SnapshotSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';
import { job } from './_helpers/job.ts';

describe('fetchSources: the job history across successive fetches', () => {
  let dir: string;
  const http = createHttpClient();
  const source = [{ type: 'file', path: 'jobs.json', minShare: 0 }];
  /** One fetch of `jobs` at `now` on top of `previous`, read back through the snapshot schema (as a file would be). */
  const fetchAt = async (now: string, jobs: JobInput[], previous?: Snapshot, extra = {}) => {
    await writeFile(join(dir, 'jobs.json'), JSON.stringify(jobs));
    const snapshot = await fetchSources(source, {
      http,
      cwd: dir,
      now: new Date(now),
      previous,
      closedDays: 10,
      ...extra,
    });
    return v.parse(SnapshotSchema, JSON.parse(JSON.stringify(snapshot)));
  };
  const seen = (snapshot: Snapshot) =>
    Object.fromEntries(snapshot.jobs.map((j) => [j.id, [j.firstSeen, j.lastSeen]]));
  const closed = (snapshot: Snapshot) =>
    (snapshot.closed ?? []).map((j) => [j.id, j.firstSeen, j.lastSeen, j.closedAt, j.closedBy]);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-history-'));
  });

  it('records first and last seen, closes what a source drops, reopens with the first sighting, and forgets after closedDays', async () => {
    const t1 = '2025-11-01T00:00:00.000Z';
    const t2 = '2025-11-03T00:00:00.000Z';
    const t3 = '2025-11-08T00:00:00.000Z';
    const t4 = '2025-11-20T00:00:00.000Z';
    const first = await fetchAt(t1, [job('a'), job('b'), job('c')]);
    expect(seen(first)).toEqual({
      'file:jobs.json:a': [t1, t1],
      'file:jobs.json:b': [t1, t1],
      'file:jobs.json:c': [t1, t1],
    });
    expect(first.closed).toBeUndefined();

    // b is gone from its source, d is new.
    const second = await fetchAt(t2, [job('a'), job('c'), job('d')], first);
    expect(seen(second)).toEqual({
      'file:jobs.json:a': [t1, t2],
      'file:jobs.json:c': [t1, t2],
      'file:jobs.json:d': [t2, t2],
    });
    expect(closed(second)).toEqual([['file:jobs.json:b', t1, t1, t2, 'source']]);
    expect(second.closed?.[0]).not.toHaveProperty('description');

    // b comes back (first seen kept), c is gone.
    const third = await fetchAt(t3, [job('a'), job('b'), job('d')], second);
    expect(seen(third)['file:jobs.json:b']).toEqual([t1, t3]);
    expect(closed(third)).toEqual([['file:jobs.json:c', t1, t2, t3, 'source']]);

    // 12 days later (closedDays 10): c is forgotten; the closed list does not keep growing.
    const fourth = await fetchAt(t4, [job('a'), job('b')], third);
    expect(closed(fourth)).toEqual([['file:jobs.json:d', t2, t3, t4, 'source']]);
  });

  it('never grows without bound: 60 daily fetches that each replace 5 jobs keep at most closedDays of closed jobs', async () => {
    let previous: Snapshot | undefined;
    const sizes: number[] = [];
    for (let day = 0; day < 60; day++) {
      const now = new Date(Date.UTC(2025, 0, 1 + day)).toISOString();
      const ids = Array.from({ length: 5 }, (_, index) => `d${String(day).padStart(2, '0')}-${index}`);
      previous = await fetchAt(
        now,
        ids.map((id) => job(id, { postedAt: now })),
        previous,
      );
      sizes.push(JSON.stringify(previous).length);
      expect(previous.closed?.length ?? 0).toBeLessThanOrEqual(5 * 10);
      for (const closedJob of previous.closed ?? [])
        expect(Date.parse(now) - Date.parse(closedJob.closedAt)).toBeLessThan(10 * 86_400_000);
    }
    // From day 11 on, the snapshot holds 5 open and 50 closed jobs: its size no longer grows.
    expect(Math.max(...sizes.slice(11))).toBeLessThanOrEqual(Math.min(...sizes.slice(11)) + 100);
  });

  it('changes nothing when nothing changed, so the snapshot stays byte-identical', async () => {
    const first = await fetchAt('2025-11-01T00:00:00Z', [job('a'), job('b')]);
    const second = await fetchAt('2025-11-01T00:00:00Z', [job('a')], first);
    const again = await fetchAt('2025-11-05T00:00:00Z', [job('a')], second);
    expect(JSON.stringify(again)).toBe(JSON.stringify(second));
  });

  it('closes a job whose page check-links found gone, though its source still lists it', async () => {
    const first = await fetchAt('2025-11-01T00:00:00Z', [job('a'), job('b')]);
    const gone = new Set(['https://acme.example/jobs/b']);
    const second = await fetchAt('2025-11-02T00:00:00Z', [job('a'), job('b')], first, { gone });
    expect(second.jobs.map((j) => j.id)).toEqual(['file:jobs.json:a']);
    expect(closed(second)).toEqual([
      [
        'file:jobs.json:b',
        '2025-11-01T00:00:00.000Z',
        '2025-11-02T00:00:00.000Z',
        '2025-11-02T00:00:00.000Z',
        'link',
      ],
    ]);
    const third = await fetchAt('2025-11-03T00:00:00Z', [job('a'), job('b'), job('c')], second, { gone });
    expect(closed(third)).toEqual(closed(second));
  });

  it('keeps a failed source’s stale jobs open with the last time they were seen', async () => {
    const first = await fetchAt('2025-11-01T00:00:00Z', [job('a')]);
    await writeFile(join(dir, 'jobs.json'), '{ not json');
    const second = await fetchSources(source, {
      http,
      cwd: dir,
      now: new Date('2025-11-02T00:00:00Z'),
      previous: first,
    });
    expect(second.jobs.map((j) => [j.stale !== undefined, j.firstSeen, j.lastSeen])).toEqual([
      [true, '2025-11-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z'],
    ]);
    expect(second.closed).toBeUndefined();
  });
});
