import { type BuildManifest, MANIFEST_PATH, type ManifestFile, sha256Hex } from '@joblist/core-model';
import { pathInside, type StagedFile, stageFile } from '@joblist/io';
import type { CategoryFiles, CategoryRender, CategorySummary } from './render.ts';

/** The manifest of one category's build: build time, rows, job ids and every file with its hash (sorted by path). */
export function buildManifest(
  build: CategorySummary,
  files: readonly ManifestFile[],
  builtAt: Date,
): BuildManifest {
  return {
    version: 1,
    category: build.category.id,
    repo: build.category.repo,
    builtAt: builtAt.toISOString(),
    rows: build.rows,
    jobIds: build.jobIds,
    ...(build.sample && { sample: true as const }),
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** Serialises a manifest byte-stably (two-space JSON, final newline). */
export function stringifyManifest(manifest: BuildManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A category's build written to temporary files: `commit` puts them in place (the manifest last), `discard` removes them. */
export interface StagedBuild {
  commit: () => Promise<void>;
  discard: () => Promise<void>;
}

/**
 * Writes a category's files under `<outDir>/<repo>/` to temporary files beside their targets, output by output
 * as `build.outputs` renders them (each path checked to stay inside that folder first, each output's files
 * side by side), then its manifest (`.joblist/manifest.json`). Nothing is in place until `commit`, which
 * renames every file and then the manifest, so a manifest on disk describes files that are all there. A
 * failure removes what was staged. A path two outputs write is the later one's.
 */
export async function stageCategoryBuild(
  outDir: string,
  build: CategoryRender,
  builtAt: Date,
): Promise<StagedBuild> {
  const { repo } = build.category;
  const staged = new Map<string, { hash: ManifestFile; file: StagedFile }>();
  const discard = async () => {
    await Promise.all([...staged.values()].map(({ file }) => file.discard()));
  };
  let manifest: StagedFile;
  try {
    for (const files of build.outputs) {
      const entries = Object.entries(files).map(([path, content]) => ({
        path,
        content,
        target: pathInside(outDir, repo, path),
      }));
      const written = await Promise.allSettled(
        entries.map(async ({ path, content, target }) => {
          // Encoded once, for the hash and the write. (Encoding piece by piece was tried: a million-job build's
          // peak grew by half a gigabyte, the pieces' memory held until the next full collection.)
          const bytes = Buffer.from(content);
          const file = await stageFile(target, bytes);
          await staged.get(path)?.file.discard();
          staged.set(path, { hash: { path, sha256: sha256Hex(bytes) }, file });
        }),
      );
      const failed = written.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    }
    const hashes = [...staged.values()].map(({ hash }) => hash);
    const text = stringifyManifest(buildManifest(build, hashes, builtAt));
    manifest = await stageFile(pathInside(outDir, repo, MANIFEST_PATH), text);
  } catch (error) {
    await discard();
    throw error;
  }
  const commit = async () => {
    await Promise.all([...staged.values()].map(({ file }) => file.commit()));
    await manifest.commit();
  };
  return { commit, discard: async () => Promise.all([discard(), manifest.discard()]).then(() => undefined) };
}

/** Writes a category's files under `<outDir>/<repo>/` and its manifest last. */
export async function writeCategoryBuild(outDir: string, build: CategoryFiles, builtAt: Date): Promise<void> {
  const { files, ...summary } = build;
  await (await stageCategoryBuild(outDir, { ...summary, outputs: [files] }, builtAt)).commit();
}
