import { readdir, readlink } from 'node:fs/promises';
import { sep } from 'node:path';

/** True while a process with this id runs on this host (a process we may not signal counts as alive). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The ids of live processes whose working folder is `dir` or inside it (read from `/proc`), e.g. a git
 * left running by a killed run. Undefined where `/proc` is not available.
 */
export async function processesWorkingIn(dir: string): Promise<number[] | undefined> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/u.test(entry) || Number(entry) === process.pid) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => undefined);
    if (cwd !== undefined && (cwd === dir || cwd.startsWith(dir + sep))) found.push(Number(entry));
  }
  return found;
}
