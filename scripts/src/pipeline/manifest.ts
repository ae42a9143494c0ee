import { join } from 'node:path';
import { type BuildManifest, MANIFEST_PATH, sha256Hex } from '@joblist/core-model';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import type { CategoryFiles } from './render.ts';

/** The manifest of one category's build: build time, rows, job ids and every file with its hash. */
export function buildManifest(build: CategoryFiles, builtAt: Date): BuildManifest {
  return {
    version: 1,
    category: build.category.id,
    repo: build.category.repo,
    builtAt: builtAt.toISOString(),
    rows: build.rows,
    jobIds: build.jobIds,
    files: Object.keys(build.files)
      .sort()
      .map((path) => ({ path, sha256: sha256Hex(build.files[path] ?? '') })),
  };
}

/** Serialises a manifest byte-stably (two-space JSON, final newline). */
export function stringifyManifest(manifest: BuildManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Writes a category's files under `<outDir>/<repo>/`, each atomically, and its manifest last
 * (`.joblist/manifest.json`): a manifest on disk always describes files that are all there.
 */
export async function writeCategoryBuild(outDir: string, build: CategoryFiles, builtAt: Date): Promise<void> {
  const dir = join(outDir, build.category.repo);
  for (const [path, content] of Object.entries(build.files)) await writeFileAtomic(join(dir, path), content);
  await writeFileAtomic(join(dir, MANIFEST_PATH), stringifyManifest(buildManifest(build, builtAt)));
}
