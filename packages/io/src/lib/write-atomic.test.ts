import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaries, writeFileAtomic } from './write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joblist-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;

describe('temporary files of killed writers', () => {
  it('are removed by the next write into their folder; live writers and other files stay', async () => {
    const dead = `.${deadPid()}.1764275400000.abc123.tmp`;
    const live = `.${process.ppid}.1764275400000.def456.tmp`;
    for (const name of [dead, live, 'notes.tmp', '.hidden']) writeFileSync(join(dir, name), 'x');
    await writeFileAtomic(join(dir, 'snapshot.json'), '{}\n');
    expect(readdirSync(dir).sort()).toEqual([live, '.hidden', 'notes.tmp', 'snapshot.json'].sort());
    expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).toBe('{}\n');
  });

  it('removeStaleTemporaries returns what it removed', async () => {
    const dead = `.${deadPid()}.1.x.tmp`;
    writeFileSync(join(dir, dead), 'x');
    expect(await removeStaleTemporaries(dir)).toEqual([dead]);
  });
});
