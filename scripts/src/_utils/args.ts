import { IsoDateTimeSchema, type Shard, ShardSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { UsageError } from './usage-error.ts';

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

/** The values a numeric flag accepts. */
export interface NumberRange {
  /** The least value, or the bound the value must be above (`above`). */
  min: number;
  /** The greatest value, if any. */
  max?: number;
  /** The value must be greater than `min`, not equal to it. */
  above?: boolean;
  /** Fractions such as `0.5` are accepted; otherwise whole numbers only. */
  fraction?: boolean;
}

/** "a whole number of at least 1", "a number above 0", "a number above 0, at most 60", "a whole number from 0 to 65535". */
function describeRange({ min, max, above, fraction }: NumberRange): string {
  const lower = above ? `above ${min}` : `of at least ${min}`;
  const bound = max === undefined ? lower : above ? `${lower}, at most ${max}` : `from ${min} to ${max}`;
  return `${fraction ? 'a number' : 'a whole number'} ${bound}`;
}

/**
 * The one parser of numeric flags (`--count`, `--limit`, `--timeout`, `--port`, …): decimal digits only
 * (`abc`, `1e3`, `0x10` and empty values are refused, and `1.5` unless `fraction`), within `range`.
 * Throws a {@link UsageError} naming the flag, what it accepts and the value received.
 */
export function parseNumber(value: string, flag: string, range: NumberRange): number {
  const digits = range.fraction ? /^-?(?:\d+(?:\.\d*)?|\.\d+)$/u : /^-?\d+$/u;
  const number = digits.test(value.trim()) ? Number(value) : Number.NaN;
  const inRange =
    (range.fraction ? Number.isFinite(number) : Number.isSafeInteger(number)) &&
    (range.above ? number > range.min : number >= range.min) &&
    (range.max === undefined || number <= range.max);
  if (!inRange) throw new UsageError(`${flag}: expected ${describeRange(range)}, received "${value}"`);
  return number;
}

/** Checks a string flag's value before the command runs; throws a UsageError naming `flag`. */
export type FlagCheck = (value: string, flag: string) => unknown;

/** A time flag (`--now`, `--as-of`), checked by the one ISO 8601 parser before the command runs. */
export function timeArg(description: string) {
  return { type: 'string', valueHint: 'ISO time', description, check: parseNow as FlagCheck } as const;
}

/** A numeric flag, checked by {@link parseNumber} before the command runs. */
export function numberArg(description: string, range: NumberRange) {
  const check: FlagCheck = (value, flag) => parseNumber(value, flag, range);
  return { type: 'string', valueHint: 'n', description, check } as const;
}

/** The common `--config`, `--category` and `--all` options of commands that work per category. */
export const categoryArgs = {
  config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  category: { type: 'string', description: 'Only this category id' },
  all: { type: 'boolean', description: 'Every category of the site (the default)' },
} as const;

/** Parses `--shard i/N` (1-based, N at most 256); anything else is a {@link UsageError} naming the flag. */
export function parseShard(value: string, flag = '--shard'): Shard {
  const result = v.safeParse(ShardSchema, value, { abortPipeEarly: true });
  if (!result.success)
    throw new UsageError(`${flag}: ${result.issues[0]?.message ?? 'expected i/N'}, received "${value}"`);
  return result.output;
}

/** `--shard i/N`: only the categories of shard i of N (see core-model's `shardOf`), checked before the command runs. */
export const shardArgs = {
  shard: {
    type: 'string',
    valueHint: 'i/N',
    description: 'Only the categories of shard i of N (1-based; the sharded workflow runs one shard per job)',
    check: parseShard as FlagCheck,
  },
} as const;
