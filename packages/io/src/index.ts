export { ensureDir } from './lib/ensure-dir.ts';
export { pathInside } from './lib/inside.ts';
export { acquireLock, type Lock, withLock } from './lib/lock.ts';
export { mapSettled } from './lib/pool.ts';
export { processesWorkingIn } from './lib/process.ts';
export { readJsonFile } from './lib/read-json.ts';
export { readJsonObjectStreamed } from './lib/read-json-streamed.ts';
export { symlinkOnPath } from './lib/symlink.ts';
export { type StagedFile, stageFile, writeFileAtomic } from './lib/write-atomic.ts';
