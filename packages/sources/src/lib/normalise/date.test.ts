import { describe, expect, it } from 'vitest';
import { parseDate } from './date.ts';

describe('parseDate', () => {
  it.each([
    ['ISO with offset', '2025-11-03T21:30:00+01:00', '2025-11-03T20:30:00.000Z'],
    ['ISO with compact offset', '2025-11-03T21:30:00+0100', '2025-11-03T20:30:00.000Z'],
    ['ISO with Z and millis', '2020-02-06T19:42:44.000Z', '2020-02-06T19:42:44.000Z'],
    ['ISO without zone (UTC)', '2025-11-03T20:30:00', '2025-11-03T20:30:00.000Z'],
    ['ISO without seconds', '2025-11-03T20:30', '2025-11-03T20:30:00.000Z'],
    ['date only (midnight UTC)', '2025-11-03', '2025-11-03T00:00:00.000Z'],
    ['space and literal UTC', '2026-08-05 10:10:39 UTC', '2026-08-05T10:10:39.000Z'],
    ['RFC 2822 with GMT', 'Mon, 03 Nov 2025 20:30:00 GMT', '2025-11-03T20:30:00.000Z'],
    ['epoch seconds', 1762201800, '2025-11-03T20:30:00.000Z'],
    ['epoch milliseconds', 1762201800000, '2025-11-03T20:30:00.000Z'],
    ['epoch seconds as a string', '1762201800', '2025-11-03T20:30:00.000Z'],
    ['epoch milliseconds as a string', ' 1762201800000 ', '2025-11-03T20:30:00.000Z'],
    ['a Date', new Date('2025-11-03T20:30:00Z'), '2025-11-03T20:30:00.000Z'],
  ])('reads %s', (_name, input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['an impossible calendar date', '2025-02-30'],
    ['a text date without a zone (would be local time)', 'Nov 3, 2025'],
    ['a word', 'yesterday'],
    ['an empty string', ''],
    ['zero', 0],
    ['a negative epoch', -5],
    ['an epoch beyond the Date range', 1e20],
    ['NaN', Number.NaN],
    ['null', null],
    ['an object', { date: '2025-11-03' }],
    ['an invalid Date', new Date('nope')],
  ])('rejects %s', (_name, input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});
