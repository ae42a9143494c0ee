import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncFiles } from './sync-files.ts';

const root = mkdtempSync(join(tmpdir(), 'joblist-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('syncFiles', () => {
  const files = [
    { path: 'a/b/new.yml', text: 'new\n' },
    { path: 'same.yml', text: 'same\n' },
    { path: 'stale.yml', text: 'fresh\n' },
  ];

  it('with check, names the missing and stale files and writes nothing; then writes exactly those', async () => {
    writeFileSync(join(root, 'same.yml'), 'same\n');
    writeFileSync(join(root, 'stale.yml'), 'old\n');
    expect(await syncFiles(root, files, { check: true })).toEqual(['a/b/new.yml', 'stale.yml']);
    expect(readFileSync(join(root, 'stale.yml'), 'utf8')).toBe('old\n');
    expect(await syncFiles(root, files)).toEqual(['a/b/new.yml', 'stale.yml']);
    expect(readFileSync(join(root, 'a/b/new.yml'), 'utf8')).toBe('new\n');
    expect(await syncFiles(root, files, { check: true })).toEqual([]);
  });

  it('refuses a path outside the root', async () => {
    await expect(syncFiles(root, [{ path: '../escape.yml', text: '' }])).rejects.toThrow(/outside/u);
  });
});
