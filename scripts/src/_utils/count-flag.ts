import type { FlagCheck } from './args.ts';
import { UsageError } from './usage-error.ts';

/**
 * Parses a whole-number flag where 0 means "no bound" (`--limit 0`: no cap; `--window-days 0`: no window):
 * `undefined` when absent, `Infinity` for 0, else the number. Throws naming the flag.
 */
export function parseBoundFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value))
    throw new UsageError(`--${flag}: expected a whole number ≥ 0 (0 = no bound), received "${value}"`);
  const count = Number(value);
  return count === 0 ? Number.POSITIVE_INFINITY : count;
}

/** The `check` of a bound flag (`--limit`, `--window-days`): refused before the command runs. */
export const checkBoundFlag: FlagCheck = (value, flag) => parseBoundFlag(flag.replace(/^--/u, ''), value);
