import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Joins `segments` onto `root` and returns the absolute path, refusing (before anything is written or
 * deleted) one that is `root` itself or outside it — a name such as `..` or `../x` from data or config.
 */
export function pathInside(root: string, ...segments: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...segments);
  const path = relative(base, target);
  if (path === '' || path === '..' || path.startsWith('../') || path.startsWith('..\\') || isAbsolute(path)) {
    throw new Error(
      `"${segments.join('/')}" resolves to ${target}, outside ${base}; refusing to write there`,
    );
  }
  return target;
}
