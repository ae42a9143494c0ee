import { describe, expect, it } from 'vitest';
import { ageDays, dailyPostings, formatAge, isNewJob } from './history.ts';

describe('job age, newness and the daily trend', () => {
  const at = new Date('2025-11-03T20:30:00Z');

  it('counts whole UTC days from the earlier of posting and first sighting', () => {
    expect(ageDays({ postedAt: '2025-11-03T23:59:00Z' }, at)).toBe(0);
    expect(ageDays({ postedAt: '2025-11-02T23:59:00Z' }, at)).toBe(1);
    expect(ageDays({ postedAt: '2025-11-03T01:00:00Z', firstSeen: '2025-10-01T00:00:00Z' }, at)).toBe(33);
    expect(ageDays({ postedAt: '2025-12-01T00:00:00Z' }, at)).toBe(0);
  });

  it('writes 0d, Nd under 30 days, then Nmo', () => {
    expect([0, 1, 29, 30, 59, 60, 400].map(formatAge)).toEqual([
      '0d',
      '1d',
      '29d',
      '1mo',
      '1mo',
      '2mo',
      '13mo',
    ]);
  });

  it('calls a job new when it was first seen in the latest fetch and is not stale', () => {
    const t = '2025-11-03T00:00:00.000Z';
    expect(isNewJob({ firstSeen: t, lastSeen: t })).toBe(true);
    expect(isNewJob({ firstSeen: '2025-11-01T00:00:00.000Z', lastSeen: t })).toBe(false);
    expect(isNewJob({ firstSeen: t, lastSeen: t, stale: 'HTTP 500' })).toBe(false);
    expect(isNewJob({})).toBe(false);
  });

  it('counts postings per day over the span ending on the build day, oldest first', () => {
    const counts = dailyPostings(
      [
        '2025-11-03T01:00:00Z',
        '2025-11-03T20:00:00+02:00',
        '2025-11-01T00:00:00Z',
        '2025-08-05T23:00:00Z',
        '2025-08-06T00:00:00Z',
        '2025-12-01T00:00:00Z',
      ],
      at,
    );
    expect(counts).toHaveLength(90);
    expect(counts.at(-1)).toBe(2);
    expect(counts.at(-3)).toBe(1);
    expect(counts[0]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
});
