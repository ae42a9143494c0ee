import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Environment for Turbo in tests: no telemetry, no inherited remote-cache settings, plus `extra`. */
export function turboEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  for (const name of Object.keys(env)) if (/^TURBO_(API|TOKEN|TEAM|REMOTE_)/u.test(name)) delete env[name];
  return { ...env, ...extra };
}

/** Cache status (`HIT`/`MISS`), source and task hash per task id of one `turbo run ... --summarize`. */
export type TaskCache = Record<string, { status: string; source?: string; hash: string }>;

/**
 * Runs `node_modules/.bin/turbo run <args> --summarize` in `cwd` (asynchronously, so a loopback server
 * in the test process keeps answering) and returns the cache status of every
 * task whose id ends with `#<task>`, read from the run summary Turbo writes to `.turbo/runs/`.
 */
export async function turboRun(
  cwd: string,
  task: string,
  args: string[] = [],
  env = turboEnv(),
): Promise<TaskCache> {
  const runs = join(cwd, '.turbo/runs');
  const before = new Set(safeList(runs));
  await promisify(execFile)(join(cwd, 'node_modules/.bin/turbo'), ['run', task, '--summarize', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const summaryFile = safeList(runs).find((file) => !before.has(file));
  if (!summaryFile) throw new Error(`turbo run ${task} wrote no run summary in ${runs}`);
  const summary = JSON.parse(readFileSync(join(runs, summaryFile), 'utf8')) as {
    tasks: Array<{ taskId: string; hash: string; cache: { status: string; source?: string } }>;
  };
  return Object.fromEntries(
    summary.tasks
      .filter((entry) => entry.taskId.endsWith(`#${task}`))
      .map((entry) => [
        entry.taskId,
        { status: entry.cache.status, source: entry.cache.source, hash: entry.hash },
      ]),
  );
}

/**
 * What `pnpm build` does, with the run summary of {@link turboRun}: `joblist split` writes each category's
 * slice from the snapshot, then `turbo run build` (two commands, so Turbo hashes the new slices).
 */
export async function buildRun(cwd: string, args: string[] = [], env = turboEnv()): Promise<TaskCache> {
  await promisify(execFile)(join(cwd, 'node_modules/.bin/joblist'), ['split'], { cwd, env });
  return turboRun(cwd, 'build', args, env);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The statuses of a {@link TaskCache}, by task id. */
export function statuses(cache: TaskCache): Record<string, string> {
  return Object.fromEntries(Object.entries(cache).map(([id, entry]) => [id, entry.status]));
}
