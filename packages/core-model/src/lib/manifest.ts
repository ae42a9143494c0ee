import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { IsoDateTimeSchema } from './text.ts';

/** Where `joblist build` writes the manifest inside a repository's build output (and publish commits it). */
export const MANIFEST_PATH = '.joblist/manifest.json';

/** One built file: its path inside the repository and the sha256 of its bytes (lowercase hex). */
export const ManifestFileSchema = v.object({
  path: v.pipe(
    v.string(),
    v.regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\]+$/u, 'must be a relative path inside the repository'),
  ),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/u, 'must be a sha256 in lowercase hex')),
});

/**
 * What `joblist build` produced for one category repository: the build time, the rows selected, their
 * job ids, and every file with its hash. `joblist publish` works from it alone (its file set, the
 * shrink guard's row count, the commit message's stamp) and never parses the files.
 */
export const BuildManifestSchema = v.object({
  version: v.literal(1),
  category: v.string(),
  repo: v.string(),
  builtAt: IsoDateTimeSchema,
  /** Jobs selected for the category (all pages), the shrink guard's measure. */
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The selected jobs' ids in row order. */
  jobIds: v.array(v.string()),
  /** Every built file except the manifest itself, sorted by path. */
  files: v.array(ManifestFileSchema),
  /** Present (true) when rows came from the synthetic `sample` source: publish refuses them for a real remote. */
  sample: v.optional(v.literal(true)),
});

/** A validated build manifest. */
export type BuildManifest = v.InferOutput<typeof BuildManifestSchema>;
/** One file entry of a build manifest. */
export type ManifestFile = v.InferOutput<typeof ManifestFileSchema>;

/** A manifest file hash: the sha256 of the file's bytes (strings as UTF-8), lowercase hex. */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
