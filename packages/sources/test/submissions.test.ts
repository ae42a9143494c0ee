import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchSources } from '../src/lib/fetch-sources.ts';
import { createHttpClient } from '../src/lib/http/client.ts';

const submitted = {
  id: '101',
  title: 'Backend Engineer, TypeScript and Postgres',
  company: { name: 'Acme', url: 'https://acme.example/' },
  url: 'https://jobs.example.com/1',
  location: 'Berlin, Germany',
  workplace: 'hybrid',
  postedAt: '2026-11-27T20:30:00.000Z',
  categories: ['backend'],
  visaSponsorship: true,
  submittedBy: 'ada',
  issue: 101,
};

describe('submissions source', () => {
  let dir: string;
  const fetch = (path?: string) =>
    fetchSources([{ type: 'submissions', minShare: 0, ...(path && { path }) }], {
      http: createHttpClient(),
      cwd: dir,
      now: new Date('2026-11-28T00:00:00Z'),
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-submissions-'));
    await mkdir(join(dir, 'data'));
    const closed = {
      ...submitted,
      id: '102',
      url: 'https://jobs.example.com/2',
      issue: 102,
      closedAt: '2026-11-28T00:00:00.000Z',
      closedIssue: 103,
    };
    await writeFile(
      join(dir, 'data/submissions.json'),
      JSON.stringify({ version: 1, jobs: [submitted, closed] }),
    );
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ version: 1, jobs: [{ ...submitted, issue: 'x' }] }),
    );
  });

  it('reads the open submitted jobs like any source: namespaced, skills found, closed ones skipped', async () => {
    const snapshot = await fetch();
    expect(snapshot.jobs).toHaveLength(1);
    expect(snapshot.jobs[0]).toMatchObject({
      id: 'submissions:101',
      source: 'submissions',
      title: 'Backend Engineer, TypeScript and Postgres',
      skills: ['typescript', 'postgresql'],
      categories: ['backend'],
    });
    expect(snapshot.jobs[0]).not.toHaveProperty('submittedBy');
    expect(snapshot.sources).toEqual([
      expect.objectContaining({
        id: 'submissions',
        status: 'ok',
        jobs: 1,
        skipped: [{ reason: 'closed by a reader (submissions)', count: 1 }],
      }),
    ]);
  });

  it('has no jobs before the first submission, and fails naming the file and field of a bad one', async () => {
    expect((await fetch('none.json')).jobs).toEqual([]);
    const bad = await fetch('bad.json');
    expect(bad.sources[0]).toMatchObject({ status: 'failed' });
    expect(bad.sources[0]?.error).toContain('bad.json: invalid (record 0)');
    expect(bad.sources[0]?.error).toContain('jobs.0.issue');
  });
});
