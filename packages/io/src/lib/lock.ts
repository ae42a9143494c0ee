import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './process.ts';

/** Who holds a lock: written as JSON into the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The joblist command, e.g. `publish Backend-Development-Jobs`. */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** A lock this process holds. */
export interface Lock {
  file: string;
  /** Removes the lock file (only while it is still this process's lock). */
  release: () => Promise<void>;
}

/** The lock is held by a live run and did not free up in time. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}

/** How {@link acquireLock} waits and when it treats a lock as stale. */
export interface LockOptions {
  /** What this run is, recorded for the message another run prints. */
  command: string;
  /** How long to wait for a live holder (default: `JOBLIST_LOCK_WAIT` seconds, else 300 s). */
  waitMs?: number;
  /** A lock older than this is stale even when its process seems alive (PID reuse, another host). */
  staleMs?: number;
  /** Called once when this run starts waiting, with a line naming the lock and its holder. */
  onWait?: (line: string) => void;
}

/** The default wait for a busy lock: `JOBLIST_LOCK_WAIT` (seconds), else 5 minutes. */
export function defaultLockWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.JOBLIST_LOCK_WAIT);
  return env.JOBLIST_LOCK_WAIT !== undefined && seconds >= 0 ? seconds * 1000 : 300_000;
}

const DEFAULT_STALE_MS = 6 * 3_600_000;
const POLL_MS = 100;

function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'an unreadable holder';
  return `joblist ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, command: String(value.command), since: String(value.since) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Why a lock whose file reads `text` (written at `mtimeMs`) is stale, or undefined while it is live. */
function staleReason(text: string, mtimeMs: number, staleMs: number): string | undefined {
  const holder = parseHolder(text);
  const age = Date.now() - mtimeMs;
  if (age > staleMs) return `older than ${Math.round(staleMs / 60_000)} min`;
  // A lock is created with its holder (see tryCreate); an unreadable one was damaged or written by hand.
  if (!holder) return age > 5_000 ? 'unreadable' : undefined;
  if (holder.host === hostname() && !isProcessAlive(holder.pid)) return `its process ${holder.pid} is gone`;
  return undefined;
}

/** Removes the `<lock>.<pid>.<random>.new` files of runs killed inside {@link tryCreate} (their process is gone). */
async function sweepKilledCreates(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  for (const name of await readdir(dirname(file)).catch(() => [])) {
    const pid = name.startsWith(prefix)
      ? /^(\d+)\.[a-z\d]+\.new$/u.exec(name.slice(prefix.length))?.[1]
      : undefined;
    if (pid !== undefined && !isProcessAlive(Number(pid)))
      await rm(join(dirname(file), name), { force: true });
  }
}

/**
 * Creates `file` holding `content` unless it exists, atomically: the content is written to a file of
 * this process first and hard-linked into place, so a waiting run never reads a lock half written.
 */
async function tryCreate(file: string, content: string): Promise<boolean> {
  const own = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.new`;
  await writeFile(own, content);
  try {
    await link(own, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(own, { force: true });
  }
}

/** Moves a stale lock out of the way, unless another run replaced it meanwhile (then puts that one back). */
async function breakStaleLock(file: string, staleText: string): Promise<void> {
  const aside = `${file}.${process.pid}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8')) !== staleText) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
}

/**
 * Takes the lock `file` (created exclusively, holding this process's pid, host and command). A lock
 * left by a dead process on this host, or older than `staleMs`, is taken over; a live one is waited for
 * up to `waitMs`, then a {@link LockedError} names the file and its holder.
 */
export async function acquireLock(file: string, options: LockOptions): Promise<Lock> {
  const waitMs = options.waitMs ?? defaultLockWaitMs();
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const mine = `${JSON.stringify({
    pid: process.pid,
    host: hostname(),
    command: options.command,
    since: new Date().toISOString(),
  } satisfies LockHolder)}\n`;
  await mkdir(dirname(file), { recursive: true });
  await sweepKilledCreates(file);
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    if (await tryCreate(file, mine)) return { file, release: () => releaseLock(file, mine) };
    let text: string;
    let mtimeMs: number;
    try {
      [text, mtimeMs] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mtimeMs)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (staleReason(text, mtimeMs, staleMs) !== undefined) {
      await breakStaleLock(file, text);
      continue;
    }
    const holder = describeHolder(parseHolder(text));
    if (Date.now() >= deadline) {
      throw new LockedError(
        `${file}: locked by ${holder}; waited ${Math.round(waitMs / 1000)} s. Another run is working here: ` +
          'try again when it ends (JOBLIST_LOCK_WAIT sets the wait in seconds)',
      );
    }
    if (!waiting) options.onWait?.(`${file}: waiting for ${holder} to finish`);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, deadline - Date.now())));
  }
}

async function releaseLock(file: string, mine: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return;
  }
  if (text === mine) await rm(file, { force: true });
}

/** Runs `task` while holding the lock `file` (see {@link acquireLock}), and releases it afterwards. */
export async function withLock<T>(file: string, options: LockOptions, task: () => Promise<T>): Promise<T> {
  const lock = await acquireLock(file, options);
  try {
    return await task();
  } finally {
    await lock.release();
  }
}
