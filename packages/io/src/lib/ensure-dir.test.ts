import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDir } from './ensure-dir.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblist-ensure-dir-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('ensureDir', () => {
  it('creates missing parents and accepts an existing folder', async () => {
    await ensureDir(join(dir, 'a/b/c'), '--out');
    expect(existsSync(join(dir, 'a/b/c'))).toBe(true);
    await ensureDir(join(dir, 'a/b/c'), '--out');
  });

  it('refuses a path through a file, naming the flag', async () => {
    await writeFile(join(dir, 'file'), '');
    await expect(ensureDir(join(dir, 'file/x'), '--out')).rejects.toThrow(
      `--out: ${join(dir, 'file')} is not a folder; cannot create ${join(dir, 'file/x')}`,
    );
  });

  it.skipIf(!existsSync('/proc/self'))('refuses /proc/x at once instead of looping', async () => {
    await expect(ensureDir('/proc/x/y', '--out')).rejects.toThrow('--out: cannot create /proc/x (ENOENT)');
  });
});
