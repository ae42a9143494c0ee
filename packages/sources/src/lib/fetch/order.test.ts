import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortJobs } from './order.ts';

describe('sortJobs', () => {
  it('sorts newest first by instant, whatever the offset, then by id in code-unit order', () => {
    const jobs = [
      { id: 'b', postedAt: '2025-11-03T10:00:00Z' },
      { id: 'a', postedAt: '2025-11-03T12:00:00+02:00' },
      { id: 'Z', postedAt: '2025-11-03T10:00:00.000Z' },
      { id: 'c', postedAt: '2025-11-04T00:00:00Z' },
    ];
    expect(sortJobs(jobs).map((j) => j.id)).toEqual(['c', 'Z', 'a', 'b']);
  });

  it('returns every job once, each pair in order', () => {
    const job = fc.record({
      id: fc.constantFrom('a', 'b', 'Z', 'a1'),
      postedAt: fc.constantFrom('2025-11-03T10:00:00Z', '2025-11-03T12:00:00+02:00', '2025-11-04T00:00:00Z'),
    });
    fc.assert(
      fc.property(fc.array(job), (jobs) => {
        const sorted = sortJobs(jobs);
        const texts = (list: typeof jobs) => list.map((each) => JSON.stringify(each)).sort();
        expect(texts(sorted)).toEqual(texts(jobs));
        sorted.slice(1).forEach((next, index) => {
          const before = sorted[index] as (typeof jobs)[number];
          const byTime = Date.parse(before.postedAt) - Date.parse(next.postedAt);
          expect(byTime > 0 || (byTime === 0 && before.id <= next.id)).toBe(true);
        });
      }),
    );
  });
});
