import { describe, expect, it } from 'vitest';
import { parseInteger, parseNow } from './args.ts';

describe('parseNow', () => {
  it.each([
    ['2025-11-03T20:30:00Z', '2025-11-03T20:30:00.000Z'],
    ['2025-11-03T22:30:00+02:00', '2025-11-03T20:30:00.000Z'],
    ['2024-02-29T00:00:00.250Z', '2024-02-29T00:00:00.250Z'],
  ])('reads %s', (value, iso) => {
    expect(parseNow(value).toISOString()).toBe(iso);
  });

  it.each([
    '1',
    '2026',
    'March 5',
    '2026-03-05',
    '2026-03-05T10:00:00',
    '2025-02-30T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '',
  ])('refuses %j with one message naming the flag', (value) => {
    expect(() => parseNow(value, '--as-of')).toThrow(
      `--as-of: expected an ISO 8601 time with a zone, such as 2025-11-03T20:30:00Z, received "${value}"`,
    );
  });
});

describe('parseInteger', () => {
  it('reads whole numbers of at least the minimum', () => {
    expect(parseInteger('240', '--count', 1)).toBe(240);
    expect(parseInteger('0', '--seed', 0)).toBe(0);
  });

  it.each(['abc', '-5', '0', '1.5', '1e3', '', '99999999999999999999'])('refuses %j', (value) => {
    expect(() => parseInteger(value, '--count', 1)).toThrow(
      `--count: expected a whole number of at least 1, received "${value}"`,
    );
  });
});
