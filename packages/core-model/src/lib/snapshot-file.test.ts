import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, type Snapshot } from './snapshot.ts';
import { parseSnapshot, readSnapshot, serializeSnapshot } from './snapshot-file.ts';

const job = (id: number, description?: string) => ({
  id: `file:${id}`,
  title: `Engineer ${id}`,
  company: { name: 'Acme', url: 'https://acme.example' },
  url: `https://acme.example/jobs/${id}`,
  location: 'Berlin',
  workplace: 'onsite' as const,
  postedAt: '2026-01-02T08:00:00Z',
  skills: ['go'],
  ...(description !== undefined && { description }),
});

const snapshot = (jobs: ReturnType<typeof job>[], updatedAt = '2026-01-02T10:00:00.000Z'): Snapshot => ({
  version: 1,
  updatedAt,
  jobs,
  sources: [{ id: 'file', status: 'ok', jobs: jobs.length, rejected: [], skipped: [], duplicates: 0 }],
});

describe('serializeSnapshot', () => {
  it('writes the bytes JSON.stringify(snapshot, null, 2) writes', () => {
    for (const value of [
      snapshot([]),
      snapshot([job(1), job(2, 'a\nb "c"')]),
      { ...snapshot([job(3)]), rates: undefined },
    ]) {
      expect([...serializeSnapshot(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('never makes one string of a snapshot longer than V8 allows (issue 19, row 3)', () => {
    const description = 'Build services. '.repeat(1250);
    const big = snapshot(Array.from({ length: 30_000 }, (_, i) => job(i, description)));
    let length = 0;
    let longest = 0;
    for (const chunk of serializeSnapshot(big)) {
      length += chunk.length;
      longest = Math.max(longest, chunk.length);
    }
    expect(length).toBeGreaterThan(2 ** 29);
    expect(longest).toBeLessThan(2 ** 21);
  }, 60_000);
});

describe('a snapshot that cannot be true or is too large (issue 19, row 10)', () => {
  it('refuses an updatedAt in the future', async () => {
    const text = JSON.stringify(snapshot([job(1)], '2099-01-01T00:00:00Z'));
    expect(() => parseSnapshot(text, 'state branch: snapshot.json')).toThrow(
      /^state branch: snapshot\.json: updatedAt: 2099-01-01T00:00:00Z is in the future/u,
    );
    const dir = await mkdtemp(join(tmpdir(), 'joblist-snapshot-'));
    await writeFile(join(dir, 's.json'), text);
    await expect(readSnapshot(join(dir, 's.json'))).rejects.toThrow(
      /updatedAt: 2099-01-01T00:00:00Z is in the future/u,
    );
  });

  it('refuses a file over the size cap in one line, before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'joblist-snapshot-'));
    const file = join(dir, 'huge.json');
    await writeFile(file, '');
    await truncate(file, 611 * 2 ** 20);
    const error = await readSnapshot(file).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/huge\.json: 611 MiB, more than the 500 MiB a snapshot may be/u);
    expect((error as Error).message).not.toContain('\n');
    expect(SNAPSHOT_LIMITS.fileBytes).toBeLessThan(2 ** 29 - 24);
  });
});
