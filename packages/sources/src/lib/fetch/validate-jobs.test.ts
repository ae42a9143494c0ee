import type { JobInput } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { validateJobs } from './validate-jobs.ts';

const candidate = (overrides: Partial<JobInput> = {}): JobInput => ({
  id: '123',
  title: ' Backend  Engineer ',
  company: { name: 'Acme' },
  url: 'https://jobs.example.com/123',
  workplace: 'remote',
  postedAt: '2025-11-03T20:30:00Z',
  ...overrides,
});

describe('validateJobs', () => {
  it('namespaces the id, sets the source, merges categories and normalises fields', () => {
    const { jobs, rejected } = validateJobs(
      'board:acme',
      [candidate({ categories: ['backend'] })],
      ['backend', 'full-stack'],
    );
    expect(rejected).toEqual([]);
    expect(jobs[0]).toMatchObject({
      id: 'board:acme:123',
      source: 'board:acme',
      title: 'Backend Engineer',
      categories: ['backend', 'full-stack'],
    });
  });

  it('rejects a bad record with its index, field and reason, keeping the rest', () => {
    const { jobs, rejected } = validateJobs(
      's',
      [
        candidate({ id: '1' }),
        candidate({ id: '2', url: 'javascript:alert(1)' }),
        candidate({ id: 3 as unknown as string }),
      ],
      [],
    );
    expect(jobs.map((job) => job.id)).toEqual(['s:1']);
    expect(rejected).toEqual([
      { index: 1, field: 'url', reason: 'must be an http(s) URL (received "javascript:alert(1)")' },
      { index: 2, field: 'id', reason: "must be the provider's id as a non-empty string (received 3)" },
    ]);
  });
});
