import { describe, expect, it } from 'vitest';
import { compareJobs } from './order.ts';

describe('compareJobs', () => {
  it('sorts newest first by instant, whatever the offset, then by id in code-unit order', () => {
    const jobs = [
      { id: 'b', postedAt: '2025-11-03T10:00:00Z' },
      { id: 'a', postedAt: '2025-11-03T12:00:00+02:00' },
      { id: 'Z', postedAt: '2025-11-03T10:00:00.000Z' },
      { id: 'c', postedAt: '2025-11-04T00:00:00Z' },
    ];
    expect(jobs.sort(compareJobs).map((j) => j.id)).toEqual(['c', 'Z', 'a', 'b']);
  });
});
