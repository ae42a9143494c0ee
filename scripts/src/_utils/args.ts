import { resolve } from 'node:path';
import { parseInteger, parseTime } from './flag-values.ts';

/** Resolves a path option against the current folder, or `fallback` against `root` when absent. */
export function resolvePath(value: string | undefined, root: string, fallback: string): string {
  return value === undefined ? resolve(root, fallback) : resolve(value);
}

/** Checks a string flag's value before the command runs; throws a UsageError naming `flag`. */
export type FlagCheck = (value: string, flag: string) => unknown;

/** A time flag (`--now`, `--as-of`), checked by the one ISO 8601 parser before the command runs. */
export function timeArg(description: string) {
  return { type: 'string', valueHint: 'ISO time', description, check: parseTime as FlagCheck } as const;
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
