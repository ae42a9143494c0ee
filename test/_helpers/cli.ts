import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The `joblist` CLI entry point. */
export const CLI = join(ROOT, 'scripts/bin/joblist.cjs');

/** How a CLI run ended and everything it printed (stdout and stderr interleaved). */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** A started CLI process and its eventual result. */
export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliRun>;
}

/**
 * Starts `joblist <args>` from the repository root without blocking this process (loopback servers
 * in the test keep answering). `detached` makes it the leader of its own process group, so a test can
 * kill it together with the git processes it started.
 */
export function startCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; detached?: boolean } = {},
): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

/** Runs `joblist <args>` to the end (see {@link startCli}). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return startCli(args, { env }).done;
}

/** `joblist fetch` of the project's own sources into `snapshot`, at the sample's time. */
export function fetchArgs(snapshot: string, cacheDir: string): string[] {
  return ['fetch', '--now', '2026-11-27T20:30:00Z', '--out', snapshot, '--cache-dir', cacheDir];
}

/** `joblist build` of the backend category from `snapshot` into `out`. */
export function buildArgs(snapshot: string, out: string, extra: string[] = []): string[] {
  return ['build', '--category', 'backend', '--snapshot', snapshot, '--out', out, ...extra];
}

/** `joblist publish` of the backend category. */
export function publishArgs(
  where: { from: string; workDir: string; remote: string },
  extra: string[] = [],
): string[] {
  return [
    'publish',
    '--category',
    'backend',
    '--from',
    where.from,
    '--work-dir',
    where.workDir,
    '--remote',
    where.remote,
    ...extra,
  ];
}
