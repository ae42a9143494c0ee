import { resolve } from 'node:path';
import { IsoDateTimeSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { UsageError } from './usage-error.ts';

/** Resolves a path option against the current folder, or `fallback` against `root` when absent. */
export function resolvePath(value: string | undefined, root: string, fallback: string): string {
  return value === undefined ? resolve(root, fallback) : resolve(value);
}

/**
 * Parses a time flag (`--now`, `--as-of`): an ISO 8601 timestamp with a date, a time and a zone, e.g.
 * `2025-11-03T20:30:00Z` or `2025-11-03T22:30:00+02:00`. `1`, `2026` and `March 5` are refused.
 */
export function parseNow(value: string, flag = '--now'): Date {
  if (!v.is(IsoDateTimeSchema, value) || !isCalendarDay(value.slice(0, 10))) {
    throw new UsageError(
      `${flag}: expected an ISO 8601 time with a zone, such as 2025-11-03T20:30:00Z, received "${value}"`,
    );
  }
  return new Date(value);
}

/** `YYYY-MM-DD` names a day that exists (Date.parse rolls `2025-02-30` over to March 2). */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10) === day;
}

/** Parses a whole-number flag (`--count`, `--seed`) of at least `min`; `abc`, `1.5` and values below `min` are refused. */
export function parseInteger(value: string, flag: string, min: number): number {
  const number = /^-?\d+$/u.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${flag}: expected a whole number of at least ${min}, received "${value}"`);
  }
  return number;
}

/** Checks a string flag's value before the command runs; throws a UsageError naming `flag`. */
export type FlagCheck = (value: string, flag: string) => unknown;

/** A time flag (`--now`, `--as-of`), checked by the one ISO 8601 parser before the command runs. */
export function timeArg(description: string) {
  return { type: 'string', valueHint: 'ISO time', description, check: parseNow as FlagCheck } as const;
}

/** A whole-number flag of at least `min`, checked before the command runs. */
export function integerArg(description: string, min: number) {
  const check: FlagCheck = (value, flag) => parseInteger(value, flag, min);
  return { type: 'string', valueHint: 'n', description, check } as const;
}

/** The common `--config`, `--category` and `--all` options of commands that work per category. */
export const categoryArgs = {
  config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  category: { type: 'string', description: 'Only this category id' },
  all: { type: 'boolean', description: 'Every category of the site (the default)' },
} as const;
