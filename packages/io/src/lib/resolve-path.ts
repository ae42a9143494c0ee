import { resolve } from 'node:path';

/** Resolves a path option against the current folder, or `fallback` against `root` when absent. */
export function resolvePath(value: string | undefined, root: string, fallback: string): string {
  return value === undefined ? resolve(root, fallback) : resolve(value);
}
