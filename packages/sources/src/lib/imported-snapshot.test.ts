import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { JobInput } from '@joblist/core-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeImportedSnapshot } from './imported-snapshot.ts';

const job: JobInput = {
  id: 'readme-1',
  source: 'readme',
  title: 'Senior Python Developer (PostgreSQL)',
  company: { name: 'Acme' },
  url: 'https://acme.example/jobs/1',
  location: 'Berlin',
  workplace: 'remote',
  postedAt: '2025-11-01T00:00:00.000Z',
  categories: ['backend'],
};

let dir: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('writeImportedSnapshot', () => {
  it("writes a snapshot at the README's time, skills found in the titles, its folder made, and says so", async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    dir = mkdtempSync(join(tmpdir(), 'joblist-imported-'));
    const out = join(dir, 'data/imported.json');
    const publishedAt = new Date('2025-11-03T20:30:00Z');
    const snapshot = await writeImportedSnapshot({ publishedAt, jobs: [job], shown: 'README.md' }, out);
    expect(snapshot.updatedAt).toBe('2025-11-03T20:30:00.000Z');
    expect(snapshot.sources).toEqual([]);
    expect(snapshot.jobs[0]?.skills).toEqual(['python', 'postgresql']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(snapshot)));
    expect(log).toHaveBeenCalledWith(`imported 1 jobs from README.md → ${relative(process.cwd(), out)}`);
  });

  it('refuses a job that fails the schema, naming the README, and writes nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'joblist-imported-'));
    const out = join(dir, 'imported.json');
    const bad = { ...job, url: 'not a url' };
    await expect(
      writeImportedSnapshot({ publishedAt: new Date(), jobs: [bad], shown: 'README.md' }, out),
    ).rejects.toThrow(/^README\.md: /u);
    expect(() => readFileSync(out)).toThrow();
  });
});
