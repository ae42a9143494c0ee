import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, createFileCache } from './cache.ts';

describe('createFileCache', () => {
  it('stores, reads and deletes entries under hashed names', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'joblist-cache-')), 'nested');
    const cache = createFileCache(dir);
    const key = cacheKey('GET', 'https://x.io/jobs?token=secret');
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, { etag: '"v1"', body: '[]' });
    expect(await cache.get(key)).toEqual({ etag: '"v1"', body: '[]' });
    expect(await readdir(dir)).toEqual([`${key}.json`]);
    await cache.delete(key);
    expect(await cache.get(key)).toBeUndefined();
  });

  it('treats a corrupt entry as a miss', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'joblist-cache-'));
    await writeFile(join(dir, 'abc.json'), '{"etag":');
    expect(await createFileCache(dir).get('abc')).toBeUndefined();
  });
});
