import { type BuildManifest, MANIFEST_PATH, sha256Hex } from '@joblist/core-model';
import { pathInside, writeFileAtomic } from '@joblist/io';
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

/** One file a build writes: its absolute path and content. */
export interface BuildWrite {
  file: string;
  content: string;
}

/**
 * The files of a category's build under `<outDir>/<repo>/`, each checked to stay inside that folder,
 * and its manifest (`.joblist/manifest.json`) last. Planned before anything is written.
 */
export function planCategoryBuild(outDir: string, build: CategoryFiles, builtAt: Date): BuildWrite[] {
  const { repo } = build.category;
  const files = Object.entries(build.files).map(([path, content]) => ({
    file: pathInside(outDir, repo, path),
    content,
  }));
  const manifest = stringifyManifest(buildManifest(build, builtAt));
  return [...files, { file: pathInside(outDir, repo, MANIFEST_PATH), content: manifest }];
}

/**
 * Writes planned files, each atomically: all but the last (the manifest) side by side, then the last, so
 * a manifest on disk describes files that are all there.
 */
export async function writeBuild(writes: readonly BuildWrite[]): Promise<void> {
  const last = writes.at(-1);
  await Promise.all(writes.slice(0, -1).map(({ file, content }) => writeFileAtomic(file, content)));
  if (last) await writeFileAtomic(last.file, last.content);
}

/** Writes a category's files under `<outDir>/<repo>/` and its manifest last. */
export async function writeCategoryBuild(outDir: string, build: CategoryFiles, builtAt: Date): Promise<void> {
  await writeBuild(planCategoryBuild(outDir, build, builtAt));
}
