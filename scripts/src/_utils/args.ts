import { resolve } from 'node:path';

/** Parses a `--now` value (ISO 8601) into a Date, or throws naming the option. */
export function parseNow(value: string): Date {
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new Error(`--now: expected an ISO 8601 time such as 2025-11-03T20:30:00Z, received "${value}"`);
  return new Date(time);
}

/** Resolves a path option against the current folder, or `fallback` against `root` when absent. */
export function resolvePath(value: string | undefined, root: string, fallback: string): string {
  return value === undefined ? resolve(root, fallback) : resolve(value);
}

/** The common `--config`, `--category` and `--all` options of commands that work per category. */
export const categoryArgs = {
  config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  category: { type: 'string', description: 'Only this category id' },
  all: { type: 'boolean', description: 'Every category of the site (the default)' },
} as const;
