import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the cache keeps of one response: its validators and body. */
export interface CachedResponse {
  etag?: string;
  lastModified?: string;
  body: string;
}

/** An on-disk HTTP cache: one JSON file per request key (a SHA-256 hash, so no URL or secret is in a name). */
export interface HttpCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, entry: CachedResponse): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The cache key of a request: a hash of its method and full URL. */
export function cacheKey(method: string, url: string): string {
  return createHash('sha256').update(`${method} ${url}`).digest('hex');
}

function isCachedResponse(value: unknown): value is CachedResponse {
  return typeof value === 'object' && value !== null && typeof (value as CachedResponse).body === 'string';
}

/**
 * Creates a cache under `dir` (created on first write). Unreadable entries count as misses;
 * entries are written through a temporary file and a rename so a crash never leaves half a file.
 */
export function createFileCache(dir: string): HttpCache {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        const entry: unknown = JSON.parse(await readFile(fileOf(key), 'utf8'));
        return isCachedResponse(entry) ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, entry) {
      await mkdir(dir, { recursive: true });
      const temporary = `${fileOf(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, JSON.stringify(entry));
      await rename(temporary, fileOf(key));
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
