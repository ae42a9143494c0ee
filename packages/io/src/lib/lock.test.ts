import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LockedError, withLock } from './lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'joblist-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
}

const holder = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, command: 'publish X', since: '2026-11-27T20:30:00.000Z' });

describe('acquireLock', () => {
  it('creates the lock with its holder and removes it on release', async () => {
    const file = join(dir, 'sub/x.lock');
    const lock = await acquireLock(file, { command: 'fetch' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
      command: 'fetch',
    });
    await lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock whose process is gone', async () => {
    const file = join(dir, 'x.lock');
    writeFileSync(file, holder(deadPid()));
    const lock = await acquireLock(file, { command: 'fetch', waitMs: 0 });
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock older than staleMs even when its process seems alive (another host)', async () => {
    const file = join(dir, 'x.lock');
    writeFileSync(file, holder(1, 'elsewhere'));
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(file, old, old);
    await (await acquireLock(file, { command: 'fetch', waitMs: 0, staleMs: 60_000 })).release();
  });

  it('waits for a live holder, then refuses with one line naming the lock and its holder', async () => {
    const file = join(dir, 'x.lock');
    writeFileSync(file, holder(process.ppid));
    const waited: string[] = [];
    const attempt = acquireLock(file, { command: 'fetch', waitMs: 300, onWait: (line) => waited.push(line) });
    await expect(attempt).rejects.toThrow(LockedError);
    await expect(attempt).rejects.toThrow(
      `${file}: locked by joblist publish X (pid ${process.ppid} on ${hostname()}, since 2026-11-27T20:30:00.000Z); waited 0 s`,
    );
    expect(waited).toEqual([
      `${file}: waiting for joblist publish X (pid ${process.ppid} on ${hostname()}, since 2026-11-27T20:30:00.000Z) to finish`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(holder(process.ppid));
  });

  it('serialises two holders in one process: the second runs after the first released', async () => {
    const file = join(dir, 'x.lock');
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      order.push(`${name} end`);
    };
    await Promise.all([
      withLock(file, { command: 'a' }, task('a')),
      withLock(file, { command: 'b' }, task('b')),
    ]);
    // Either may win the race for the lock; what matters is that the second starts after the first ended.
    const [first, second] = order[0] === 'a start' ? ['a', 'b'] : ['b', 'a'];
    expect(order).toEqual([`${first} start`, `${first} end`, `${second} start`, `${second} end`]);
  });

  it('names its holder to every waiting run and leaves no file behind', async () => {
    const file = join(dir, 'x.lock');
    const waits: string[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        withLock(file, { command: `run ${index}`, onWait: (line) => waits.push(line) }, () =>
          Promise.resolve(),
        ),
      ),
    );
    expect(waits.length).toBeGreaterThan(0);
    for (const line of waits) expect(line).toMatch(/waiting for joblist run \d+ \(pid /u);
    expect(readdirSync(dir)).toEqual([]);
  });
});
