import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-11-03T20:30:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 03 Nov 2025 20:30:05 GMT', now)).toBe(5000);
  });
  it('gives 0 for a past date and undefined for nothing or nonsense', () => {
    expect(parseRetryAfter('Mon, 03 Nov 2025 20:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles per attempt, stays within [half, full] of the ceiling and respects the cap', () => {
    const at = (attempt: number, random: number) =>
      backoffDelay(attempt, { baseMs: 100, maxMs: 1000, random: () => random });
    expect([at(0, 0), at(0, 0.999_999)]).toEqual([50, 100]);
    expect([at(2, 0), at(2, 0.5)]).toEqual([200, 300]);
    expect(at(10, 0.999_999)).toBe(1000);
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429 and 5xx only', () => {
    expect([408, 429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 304, 400, 401, 403, 404].some(isRetryableStatus)).toBe(false);
  });
});
