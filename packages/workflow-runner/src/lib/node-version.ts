import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** Whether a Node version (`v24.1.0`) satisfies a `node-version` input: `24`, `24.x`, `20.19`, `20.19.2`, `lts/*` (any even major). */
export function satisfies(version: string, wanted: string): boolean {
  const have = version.replace(/^v/u, '').split('.');
  const spec = wanted.trim().replace(/^v/u, '');
  if (spec === 'lts/*' || spec === 'node' || spec === 'latest') return Number(have[0]) % 2 === 0;
  const parts = spec.split('.').filter((part) => part !== 'x' && part !== '*');
  return parts.every((part, index) => part === have[index]);
}

/** The version a `node` binary reports, or undefined when it cannot run. */
function versionOf(binary: string): string | undefined {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A Node installation: its `bin` folder and version. */
export interface NodeInstall {
  bin: string;
  version: string;
}

/**
 * The first Node installation satisfying `wanted` (see {@link satisfies}; `*` takes any) among every
 * `node` on `path` (in order: the first is what a step runs), then the one running the harness, then
 * `extra` binaries; undefined when none does.
 */
export function findNode(
  wanted: string,
  path: string,
  extra: readonly string[] = [],
): NodeInstall | undefined {
  const onPath = path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'node'));
  for (const binary of new Set([...onPath, process.execPath, ...extra])) {
    if (!existsSync(binary)) continue;
    const version = versionOf(binary);
    if (version && satisfies(version, wanted)) return { bin: dirname(binary), version };
  }
  return undefined;
}
