export { ensureDir } from './lib/ensure-dir.ts';
export { pathInside } from './lib/inside.ts';
export {
  acquireLock,
  defaultLockWaitMs,
  type Lock,
  LockedError,
  type LockHolder,
  type LockOptions,
  withLock,
} from './lib/lock.ts';
export { mapSettled, type Settled } from './lib/pool.ts';
export { isProcessAlive, processesWorkingIn } from './lib/process.ts';
export { readJsonFile } from './lib/read-json.ts';
export { removeStaleTemporaries, writeFileAtomic } from './lib/write-atomic.ts';
