import { spawn } from 'node:child_process';

/** The command a `shell:` value runs a script file with (`{0}` is the file), as GitHub's Linux runners do. */
export function shellCommand(shell: string | undefined): string[] {
  if (shell === undefined) return ['bash', '-e', '{0}'];
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'];
  if (shell === 'sh') return ['sh', '-e', '{0}'];
  if (shell.includes('{0}')) return shell.split(/\s+/u).filter(Boolean);
  throw new Error(`shell: ${shell}: the harness runs bash, sh or a command with {0}`);
}

/** Process groups of the steps running now: ended with the harness, so no step outlives a killed test. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** How a script ended: its exit code (null when killed), whether the time limit killed it, and its output. */
export interface ScriptResult {
  code: number | null;
  timedOut: boolean;
  output: string;
}

/**
 * Runs `command` (with `{0}` replaced by `file`) in its own process group, stdout and stderr interleaved
 * into one output (and to `onOutput` as it comes). Past `timeoutMs` the whole group is terminated, then
 * killed 5 s later, as a runner cancels a step.
 */
export function runScript(
  command: string[],
  file: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number; onOutput?: (text: string) => void },
): Promise<ScriptResult> {
  const [program = 'bash', ...args] = command.map((part) => part.replaceAll('{0}', file));
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) running.add(child.pid);
    let output = '';
    let timedOut = false;
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    };
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup('SIGTERM');
      killer = setTimeout(() => signalGroup('SIGKILL'), 5000);
    }, options.timeoutMs);
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      // Leftover processes of the step's group do not outlive it (a runner ends them with the job).
      signalGroup('SIGKILL');
      if (child.pid !== undefined) running.delete(child.pid);
      resolve({ code: timedOut ? null : code, timedOut, output });
    });
  });
}
