import { spawn } from 'node:child_process';
import { usesSampleSource } from '@joblist/core-model';
import type { Check } from './report.ts';

/** The offline lockfile check: what `pnpm install --frozen-lockfile` in CI would refuse, without installing. */
const LOCKFILE_CHECK = ['install', '--frozen-lockfile', '--lockfile-only', '--offline'] as const;

/** Runs pnpm's lockfile check in `root`: undefined when in sync, else pnpm's reason (one line). */
function lockfileProblem(root: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', [...LOCKFILE_CHECK], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve(`cannot run pnpm (${error.message})`));
    child.on('close', (code) => {
      if (code === 0) return resolve(undefined);
      const lines = output.split('\n').map((line) => line.trim());
      resolve(
        lines.find((line) => line.startsWith('ERR_PNPM')) ??
          lines.filter(Boolean).at(-1) ??
          `pnpm exited ${code}`,
      );
    });
  });
}

/** The lockfile check's result. */
export async function checkLockfile(root: string): Promise<Check> {
  const problem = await lockfileProblem(root);
  if (problem === undefined)
    return { check: 'lockfile', status: 'ok', message: 'pnpm-lock.yaml matches every package.json' };
  return {
    check: 'lockfile',
    status: 'fail',
    message: `pnpm-lock.yaml is out of date: ${problem}`,
    fix: 'run `pnpm install` and commit pnpm-lock.yaml (CI installs with --frozen-lockfile)',
  };
}

/** Whether the sources would publish synthetic jobs to a real (not local) remote. */
export function checkSources(
  sources: ReadonlyArray<{ type: string }>,
  remote: string,
  remoteIsLocal: boolean,
): Check {
  if (!usesSampleSource(sources))
    return {
      check: 'sources',
      status: 'ok',
      message: `${sources.map((source) => source.type).join(', ') || 'none'}`,
    };
  if (remoteIsLocal)
    return { check: 'sources', status: 'ok', message: `sample (synthetic jobs) into the local ${remote}` };
  return {
    check: 'sources',
    status: 'fail',
    message: `the synthetic sample source would publish made-up jobs to ${remote}`,
    fix: 'replace it in joblist.config.ts with your job sources (README "Sources"); publish refuses sample jobs for a real remote without --allow-sample',
  };
}
