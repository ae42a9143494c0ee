import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../src/lib/http/client.ts';
import { fileSource } from '../src/lib/providers/file.ts';
import { SourceError } from '../src/lib/types.ts';

const job = {
  id: 42,
  title: 'Backend Engineer',
  company: { name: 'Acme', url: 'https://acme.example' },
  url: 'https://acme.example/jobs/42',
  location: 'Berlin',
  workplace: 'hybrid',
  postedAt: '2025-11-03 20:30:00 UTC',
  skills: ['TypeScript'],
};

const CSV = [
  'id,title,company_name,company_url,url,location,workplace,postedAt,salary_min,salary_max,salary_currency,salary_period,skills,categories,description',
  '7,"Frontend Engineer, React",Acme,https://acme.example,https://acme.example/7,Remote (EU),,2025-11-03,60000,80000,eur,year,react; typescript,frontend,"Build UIs"',
  '8,Data Engineer,Acme,,https://acme.example/8,Paris,onsite,1762201800,,,,,python,,',
  '9,Broken,Acme,,not-a-url,Paris,onsite,2025-11-03,,,,,,,',
  '10,Bad salary,Acme,,https://acme.example/10,Paris,onsite,2025-11-03,lots,,USD,year,,,',
].join('\n');

describe('file source', () => {
  let dir: string;
  const context = () => ({ http: createHttpClient({ allowLoopback: true }), cwd: dir });
  const read = (path: string) => fileSource.fetch({ type: 'file', path }, context());

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'joblist-file-'));
    await writeFile(join(dir, 'array.json'), JSON.stringify([job]));
    await writeFile(join(dir, 'wrapped.json'), JSON.stringify({ jobs: [job] }));
    await writeFile(
      join(dir, 'snapshot.json'),
      JSON.stringify({
        version: 1,
        updatedAt: '2025-11-03T00:00:00Z',
        jobs: [{ ...job, id: 'greenhouse:acme:42', stale: 'x' }],
      }),
    );
    await writeFile(
      join(dir, 'jobs.jsonl'),
      `${JSON.stringify(job)}\n\n{"id": "oops"\n${JSON.stringify({ ...job, id: 'x2', workplace: 'mars' })}\n`,
    );
    await writeFile(join(dir, 'jobs.csv'), CSV);
    await writeFile(join(dir, 'broken.json'), '{"jobs": [');
    await writeFile(join(dir, 'object.json'), '{"items": []}');
  });

  it('reads a JSON array, { jobs } and a snapshot file; ids become strings and dates UTC', async () => {
    for (const name of ['array.json', 'wrapped.json']) {
      const { jobs, rejected } = await read(name);
      expect(rejected).toEqual([]);
      expect(jobs).toEqual([
        {
          ...job,
          id: '42',
          postedAt: '2025-11-03T20:30:00.000Z',
          skills: ['typescript'],
        },
      ]);
    }
    const [fromSnapshot] = (await read('snapshot.json')).jobs;
    expect(fromSnapshot?.id).toBe('greenhouse:acme:42');
    expect(fromSnapshot).not.toHaveProperty('stale');
  });

  it('reads JSON Lines; a bad line or record is rejected by its zero-based line number', async () => {
    const { jobs, rejected } = await read('jobs.jsonl');
    expect(jobs.map((j) => j.id)).toEqual(['42']);
    expect(rejected).toEqual([
      { index: 2, field: '(root)', reason: expect.stringMatching(/^line 3: invalid JSON/u) },
      { index: 3, field: 'workplace', reason: expect.stringContaining('received "mars"') },
    ]);
  });

  it('reads CSV columns, lists, salaries and dates, rejecting bad rows by row index', async () => {
    const { jobs, rejected } = await read('jobs.csv');
    expect(jobs).toEqual([
      {
        id: '7',
        title: 'Frontend Engineer, React',
        company: { name: 'Acme', url: 'https://acme.example' },
        url: 'https://acme.example/7',
        location: 'Remote (EU)',
        workplace: 'remote',
        postedAt: '2025-11-03T00:00:00.000Z',
        salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
        skills: ['react', 'typescript'],
        description: 'Build UIs',
        categories: ['frontend'],
      },
      {
        id: '8',
        title: 'Data Engineer',
        company: { name: 'Acme' },
        url: 'https://acme.example/8',
        location: 'Paris',
        workplace: 'onsite',
        postedAt: '2025-11-03T20:30:00.000Z',
        skills: ['python'],
      },
    ]);
    expect(rejected).toEqual([
      { index: 2, field: 'url', reason: expect.stringContaining('must be an http(s) URL') },
      { index: 3, field: 'salary.min', reason: expect.stringContaining('"lots"') },
    ]);
  });

  it('fails with a SourceError naming the file when it is missing, unparseable or not a job list', async () => {
    await expect(read('missing.json')).rejects.toThrow(new SourceError('missing.json: file not found'));
    await expect(read('broken.json')).rejects.toThrow(/^broken\.json: invalid JSON/u);
    await expect(read('object.json')).rejects.toThrow(
      /^object\.json: expected an array of jobs or an object with a "jobs" array$/u,
    );
  });

  it('has the id file:<path> and refuses unknown options', async () => {
    expect(fileSource.id({ type: 'file', path: 'data/jobs.csv' })).toBe('file:data/jobs.csv');
    const { safeParse } = await import('valibot');
    expect(safeParse(fileSource.options, { type: 'file', path: 'a.json', pth: 'typo' }).success).toBe(false);
  });
});
