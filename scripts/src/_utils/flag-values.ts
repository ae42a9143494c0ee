import { IsoDateTimeSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { UsageError } from './usage-error.ts';

/**
 * Parses a time flag (`--now`, `--as-of`): an ISO 8601 timestamp with a date, a time and a zone, e.g.
 * `2025-11-03T20:30:00Z` or `2025-11-03T22:30:00+02:00`. `1`, `2026` and `March 5` are refused.
 */
export function parseTime(value: string, flag = '--now'): Date {
  const date = v.is(IsoDateTimeSchema, value) ? new Date(value) : undefined;
  const day = value.slice(0, 10);
  // Date.parse rolls 2025-02-30 over to March; a real date keeps its calendar day in its own zone.
  const real = date && new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)));
  if (!date || real?.toISOString().slice(0, 10) !== day) {
    throw new UsageError(
      `${flag}: expected an ISO 8601 time with a zone, such as 2025-11-03T20:30:00Z, received "${value}"`,
    );
  }
  return date;
}

/** Parses a whole-number flag (`--count`, `--seed`) of at least `min`; `abc`, `1.5` and values below `min` are refused. */
export function parseInteger(value: string, flag: string, min: number): number {
  const number = /^-?\d+$/u.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${flag}: expected a whole number of at least ${min}, received "${value}"`);
  }
  return number;
}
