import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The paths of a `path:` input (one per line), without blanks. */
export function pathList(input: string | undefined): string[] {
  return (input ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

interface Entry {
  key: string;
  /** The `path:` list it was saved with: an entry restores only for the same list, as on GitHub. */
  paths: string[];
  /** Save order, newest highest. */
  saved: number;
}

const entryDir = (root: string, key: string) =>
  join(root, createHash('sha256').update(key).digest('hex').slice(0, 32));

function entries(root: string): Array<Entry & { dir: string }> {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => existsSync(join(dir, 'entry.json')))
    .map((dir) => ({ ...(JSON.parse(readFileSync(join(dir, 'entry.json'), 'utf8')) as Entry), dir }));
}

/** What a restore found: the key it matched (exact or by a restore-key prefix), or nothing. */
export interface CacheHit {
  key: string;
  exact: boolean;
}

/**
 * Restores into `workspace` the entry saved under `key`, else the newest entry whose key starts with one
 * of `restoreKeys` (tried in order), among those saved with the same `paths`, as `actions/cache` does.
 */
export function restoreCache(
  root: string,
  workspace: string,
  paths: string[],
  key: string,
  restoreKeys: string[],
): CacheHit | undefined {
  const same = entries(root).filter((entry) => entry.paths.join('\n') === paths.join('\n'));
  const newest = (list: typeof same) => list.sort((a, b) => b.saved - a.saved)[0];
  const found =
    same.find((entry) => entry.key === key) ??
    restoreKeys.map((prefix) => newest(same.filter((entry) => entry.key.startsWith(prefix)))).find(Boolean);
  if (!found) return undefined;
  paths.forEach((path, index) => {
    const stored = join(found.dir, 'files', String(index));
    if (existsSync(stored)) cpSync(stored, resolve(workspace, path), { recursive: true, force: true });
  });
  return { key: found.key, exact: found.key === key };
}

/**
 * Saves `paths` of `workspace` under `key`. An existing key is never overwritten (GitHub's caches are
 * immutable): returns false then, and when none of the paths exists.
 */
export function saveCache(root: string, workspace: string, paths: string[], key: string): boolean {
  const dir = entryDir(root, key);
  if (existsSync(join(dir, 'entry.json'))) return false;
  if (!paths.some((path) => existsSync(resolve(workspace, path)))) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  paths.forEach((path, index) => {
    const from = resolve(workspace, path);
    if (existsSync(from)) cpSync(from, join(dir, 'files', String(index)), { recursive: true });
  });
  const saved = Math.max(0, ...entries(root).map((entry) => entry.saved)) + 1;
  writeFileSync(join(dir, 'entry.json'), JSON.stringify({ key, paths, saved } satisfies Entry));
  return true;
}
