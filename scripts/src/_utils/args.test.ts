import { describe, expect, it } from 'vitest';
import { parseNow, parseNumber } from './args.ts';
import { UsageError } from './usage-error.ts';

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

describe('parseNumber', () => {
  it('reads numbers within the range', () => {
    expect(parseNumber('240', '--count', { min: 1 })).toBe(240);
    expect(parseNumber('0', '--seed', { min: 0 })).toBe(0);
    expect(parseNumber('0.2', '--timeout', { min: 0, above: true, fraction: true })).toBe(0.2);
    expect(parseNumber('65535', '--port', { min: 0, max: 65_535 })).toBe(65_535);
  });

  it.each(['abc', '-5', '0', '1.5', '1e3', '0x10', '', '99999999999999999999'])(
    'refuses %j as a whole number of at least 1',
    (value) => {
      expect(() => parseNumber(value, '--count', { min: 1 })).toThrow(
        `--count: expected a whole number of at least 1, received "${value}"`,
      );
    },
  );

  it.each([
    ['abc', { min: 0, above: true, fraction: true }, 'a number above 0'],
    ['0', { min: 0, above: true, fraction: true }, 'a number above 0'],
    ['Infinity', { min: 0, above: true, fraction: true }, 'a number above 0'],
    ['99999', { min: 0, max: 65_535 }, 'a whole number from 0 to 65535'],
  ])('refuses %j (%j) with a UsageError', (value, range, expected) => {
    expect(() => parseNumber(value, '--x', range)).toThrow(`--x: expected ${expected}, received "${value}"`);
    expect(() => parseNumber(value, '--x', range)).toThrow(UsageError);
  });
});
