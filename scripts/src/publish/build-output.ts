import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatUpdated, parseUpdated, readLastUpdated } from '@joblist/markdown-writer';
import { ARCHIVE_FILE } from './retention.ts';

/** The files `joblist build` wrote for one repository, and the time they describe. */
export interface BuildOutput {
  readme: string;
  /** `archive/<YYYY-MM-DD>.md` files by file name. */
  archives: Map<string, string>;
  /** The build time: `--now`, else the README's `Last updated` stamp. */
  buildTime: Date;
  /** The stamp for the commit message, e.g. `Nov 03, 2025 at 20:30 UTC`. */
  updated: string;
}

/** Reads `<fromDir>/<repo>/README.md` and its `archive/*.md`; errors say which file is missing or unreadable. */
export async function readBuildOutput(fromDir: string, repo: string, now?: Date): Promise<BuildOutput> {
  const dir = join(fromDir, repo);
  const readmeFile = join(dir, 'README.md');
  if (!existsSync(readmeFile)) throw new Error(`${readmeFile}: not found; run "joblist build" first`);
  const readme = await readFile(readmeFile, 'utf8');
  const archiveDir = join(dir, 'archive');
  const names = existsSync(archiveDir)
    ? (await readdir(archiveDir)).filter((name) => ARCHIVE_FILE.test(name))
    : [];
  const archives = new Map<string, string>();
  for (const name of names.sort()) archives.set(name, await readFile(join(archiveDir, name), 'utf8'));
  const stamp = readLastUpdated(readme);
  const buildTime = now ?? (stamp === undefined ? undefined : parseUpdated(stamp));
  if (!buildTime) {
    throw new Error(
      `${readmeFile}: no "Last updated: Mon DD, YYYY at HH:MM UTC" line; pass --now <ISO time>`,
    );
  }
  return { readme, archives, buildTime, updated: stamp ?? formatUpdated(buildTime) };
}
