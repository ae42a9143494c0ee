import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaries, stageFile, writeFileAtomic } from './write-atomic.ts';

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

describe('stageFile', () => {
  it('leaves the target untouched until commit, and discard leaves no trace', async () => {
    const target = join(dir, 'README.md');
    writeFileSync(target, 'old\n');
    const kept = await stageFile(target, 'new\n');
    const dropped = await stageFile(join(dir, 'feed.xml'), ['<rss>', '</rss>\n']);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    await kept.commit();
    await dropped.discard();
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });
});
