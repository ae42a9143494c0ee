import { type BuildManifest, MANIFEST_PATH, sha256Hex } from '@joblist/core-model';
import { pathInside, type StagedFile, stageFile } from '@joblist/io';
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
    ...(build.sample && { sample: true as const }),
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

/** A category's build written to temporary files: `commit` puts them in place (the manifest last), `discard` removes them. */
export interface StagedBuild {
  commit: () => Promise<void>;
  discard: () => Promise<void>;
}

/**
 * Writes planned files to temporary files beside their targets, side by side; nothing is in place until
 * `commit`, which renames all but the last (the manifest) and then the last, so a manifest on disk describes
 * files that are all there. A failed write removes what was staged.
 */
export async function stageBuild(writes: readonly BuildWrite[]): Promise<StagedBuild> {
  const outcomes = await Promise.allSettled(writes.map(({ file, content }) => stageFile(file, content)));
  const staged = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const discard = async () => {
    await Promise.all(staged.map((file) => file.discard()));
  };
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await discard();
    throw failed.reason;
  }
  const commit = async () => {
    const last: StagedFile | undefined = staged.at(-1);
    await Promise.all(staged.slice(0, -1).map((file) => file.commit()));
    await last?.commit();
  };
  return { commit, discard };
}

/** Writes planned files, each atomically, the last (the manifest) after all the others ({@link stageBuild}). */
export async function writeBuild(writes: readonly BuildWrite[]): Promise<void> {
  await (await stageBuild(writes)).commit();
}

/** Writes a category's files under `<outDir>/<repo>/` and its manifest last. */
export async function writeCategoryBuild(outDir: string, build: CategoryFiles, builtAt: Date): Promise<void> {
  await writeBuild(planCategoryBuild(outDir, build, builtAt));
}
