import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates folder `dir` and its missing parents one level at a time, so a place no folder can be made
 * in (`/proc/x`, a path through a file) fails at once with one line naming `what` — Node's recursive
 * mkdir loops forever on `/proc`.
 */
export async function ensureDir(dir: string, what: string): Promise<void> {
  const missing: string[] = [];
  let existing = dir;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    if (dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  if (existsSync(existing) && !statSync(existing).isDirectory()) {
    throw new Error(`${what}: ${existing} is not a folder; cannot create ${dir}`);
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'EEXIST') throw new Error(`${what}: cannot create ${folder} (${code ?? message})`);
    }
  }
}
