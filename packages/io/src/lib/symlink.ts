import { lstat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The first symbolic link met walking `path` (relative, `/`-separated) down from `root`, as a path relative to
 * `root`, or `undefined` when there is none (missing parts are no links). Reading or writing through a link
 * would reach a file outside the folder joblist means to touch (`README.md` → `/etc/passwd`).
 */
export async function symlinkOnPath(root: string, path: string): Promise<string | undefined> {
  const segments = path.split('/');
  for (let depth = 1; depth <= segments.length; depth++) {
    const part = segments.slice(0, depth).join('/');
    const stats = await lstat(join(root, part)).catch(() => undefined);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) return part;
  }
  return undefined;
}
