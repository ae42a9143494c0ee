import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BuildManifest,
  BuildManifestSchema,
  MANIFEST_PATH,
  parseJsonOrThrow,
  sha256Hex,
} from '@joblist/core-model';
import { formatUpdated } from '@joblist/markdown-writer';

/** The files `joblist build` wrote for one repository, as its manifest lists them. */
export interface BuildOutput {
  manifest: BuildManifest;
  /** The manifest's raw bytes, committed beside the files. */
  manifestText: string;
  /** Every file of the manifest by path, content checked against its hash. */
  files: Map<string, Buffer>;
  /** The build time: `--now`, else the manifest's. */
  buildTime: Date;
  /** The stamp for the commit message, e.g. `Nov 03, 2025 at 20:30 UTC`. */
  updated: string;
}

/** Reads and validates a build manifest, or undefined when `file` does not exist. */
export async function readManifest(
  file: string,
): Promise<{ manifest: BuildManifest; text: string } | undefined> {
  if (!existsSync(file)) return undefined;
  const text = await readFile(file, 'utf8');
  return { manifest: parseJsonOrThrow(BuildManifestSchema, text, file), text };
}

/**
 * Reads `<fromDir>/<repo>/.joblist/manifest.json` and every file it lists, checking each hash; errors
 * say which file is missing or differs from the build. Nothing here parses the files themselves.
 */
export async function readBuildOutput(fromDir: string, repo: string, now?: Date): Promise<BuildOutput> {
  const dir = join(fromDir, repo);
  const manifestFile = join(dir, MANIFEST_PATH);
  const read = await readManifest(manifestFile);
  if (!read) throw new Error(`${manifestFile}: not found; run "joblist build" first`);
  const files = new Map<string, Buffer>();
  for (const { path, sha256: expected } of read.manifest.files) {
    const file = join(dir, path);
    if (!existsSync(file)) throw new Error(`${file}: listed in ${MANIFEST_PATH} but missing; rebuild`);
    const content = await readFile(file);
    if (sha256Hex(content) !== expected)
      throw new Error(`${file}: differs from its sha256 in ${MANIFEST_PATH}; rebuild`);
    files.set(path, content);
  }
  const builtAt = new Date(read.manifest.builtAt);
  return {
    manifest: read.manifest,
    manifestText: read.text,
    files,
    buildTime: now ?? builtAt,
    updated: formatUpdated(builtAt),
  };
}
