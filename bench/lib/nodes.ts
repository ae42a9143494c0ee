import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** A Node.js installation the rows run on: its major version, full version and binary. */
export interface NodeRuntime {
  major: string;
  version: string;
  binary: string;
}

/** Node 24 as `.ci/run` installs it from the npm registry (`<cache>/joblist/node-24`), for machines whose own Node is older. */
function cachedNode(major: string): string {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const cache = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(cache, 'joblist', `node-${major}`, 'node_modules', `node-linux-${arch}`, 'bin', 'node');
}

/** Every `node` on PATH, in PATH order. */
function nodesOnPath(): string[] {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'node'))
    .filter((file) => existsSync(file));
}

/**
 * The Node of major version `major` (e.g. `24`): this process's, the one `.ci/run` caches, or one on PATH;
 * `undefined` when none is installed.
 */
export function findNode(major: string): NodeRuntime | undefined {
  for (const binary of [process.execPath, cachedNode(major), ...nodesOnPath()]) {
    if (!existsSync(binary)) continue;
    const version = execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (version.split('.')[0] === major) return { major, version, binary };
  }
  return undefined;
}

/** The environment of a run on `node`: its folder first on PATH, so `node`, pnpm's and Turbo's children all use it. */
export function nodeEnv(node: NodeRuntime): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${dirname(node.binary)}${delimiter}${process.env.PATH ?? ''}` };
}
