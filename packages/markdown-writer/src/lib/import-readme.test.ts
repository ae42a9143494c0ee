import { describe, expect, it } from 'vitest';
import { inferDate } from './import-readme.ts';

const DEC = 11;
const JAN = 0;

describe('inferDate', () => {
  it('puts Dec 31 in the previous year when the README says Jan 02, 2026', () => {
    expect(inferDate(DEC, 31, new Date('2026-01-02T08:00:00Z')).toISOString()).toBe(
      '2025-12-31T00:00:00.000Z',
    );
  });

  it('puts Jan 01 in the next year when the README says Dec 30, 2025', () => {
    expect(inferDate(JAN, 1, new Date('2025-12-30T20:30:00Z')).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  it('keeps the same year for nearby days and a future-dated row', () => {
    expect(inferDate(10, 3, new Date('2025-11-03T20:30:00Z')).toISOString()).toBe('2025-11-03T00:00:00.000Z');
    expect(inferDate(10, 5, new Date('2025-11-03T20:30:00Z')).toISOString()).toBe('2025-11-05T00:00:00.000Z');
  });
});
