import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Medians of several runs of one shell command: wall time, CPU time (user + system) and peak memory. */
export interface Measurement {
  command: string;
  runs: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Runs `command` (a shell line, in `cwd`) `runs` times under GNU time and returns the medians; `before`
 * runs ahead of each run, untimed (e.g. to clear a cache). Peak memory is the largest process of the run.
 * Throws with the command's output when a run fails.
 */
export function measure(
  command: string,
  options: { cwd: string; runs: number; before?: string; env?: NodeJS.ProcessEnv },
): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'joblist-bench-time-'));
  const report = join(dir, 'time.txt');
  const samples: Array<{ wall: number; cpu: number; rss: number }> = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const shell = (line: string) =>
        execFileSync('sh', ['-c', line], {
          cwd: options.cwd,
          env: options.env,
          stdio: 'pipe',
          maxBuffer: 1 << 28,
        });
      if (options.before) shell(options.before);
      try {
        execFileSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, 'sh', '-c', command], {
          cwd: options.cwd,
          env: options.env,
          stdio: 'pipe',
          maxBuffer: 1 << 28,
        });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
        throw new Error(`${command}: failed\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
      }
      const [wall = 0, user = 0, system = 0, rssKiB = 0] =
        readFileSync(report, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
      samples.push({ wall, cpu: user + system, rss: rssKiB / 1024 });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    command,
    runs: options.runs,
    wallSeconds: median(samples.map((s) => s.wall)),
    cpuSeconds: median(samples.map((s) => s.cpu)),
    peakMiB: median(samples.map((s) => s.rss)),
  };
}
