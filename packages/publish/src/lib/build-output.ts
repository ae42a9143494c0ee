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
import { symlinkOnPath } from '@joblist/io';
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

/** Throws when `path` inside `root` goes through a symbolic link (see {@link symlinkOnPath}). */
export async function refuseSymlink(root: string, path: string, what: string): Promise<void> {
  const link = await symlinkOnPath(root, path);
  if (link !== undefined) throw new Error(`${join(root, link)}: a symbolic link in ${what}; refused`);
}

/**
 * Reads `<fromDir>/<repo>/.joblist/manifest.json` and every file it lists, checking each hash; errors
 * say which file is missing or differs from the build. The manifest lists only paths a build can write
 * (`buildOutputPathProblem`: no `.git*`, `.github/`, absolute or `..` path), and none of them, nor the
 * manifest, may go through a symbolic link: whoever can write the build output (`--from`, a restored Turbo
 * cache) can still only publish joblist's own kinds of files. Nothing here parses the files themselves.
 */
export async function readBuildOutput(fromDir: string, repo: string, now?: Date): Promise<BuildOutput> {
  const dir = join(fromDir, repo);
  const manifestFile = join(dir, MANIFEST_PATH);
  await refuseSymlink(dir, MANIFEST_PATH, 'the build output');
  const read = await readManifest(manifestFile);
  if (!read) throw new Error(`${manifestFile}: not found; run "joblist build" first`);
  const files = new Map<string, Buffer>();
  for (const { path, sha256: expected } of read.manifest.files) {
    await refuseSymlink(dir, path, 'the build output');
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
