import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { IsoDateTimeSchema } from './text.ts';

/** Where `joblist build` writes the manifest inside a repository's build output (and publish commits it). */
export const MANIFEST_PATH = '.joblist/manifest.json';

/** One folder or file name a build writes: a letter, digit or `_` first, then letters, digits, `.`, `_`, `-`. */
const OUTPUT_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/u;
/** Folders deep a build output goes (`jobs/page-2.md`, `archive/2026-11-27.md`). */
const MAX_OUTPUT_DEPTH = 3;

/**
 * Why `path` is not a file a build can write into a category repository, or `undefined` when it is one: a
 * relative path of `/`-separated names that each start with a letter, digit or `_` (so no `.git`, `.github`,
 * `.gitattributes`, `.gitmodules`, `.` or `..` anywhere, whatever the case), no absolute path, no backslash,
 * at most {@link MAX_OUTPUT_DEPTH} levels. Publish refuses a manifest listing anything else before it writes.
 */
export function buildOutputPathProblem(path: string): string | undefined {
  const segments = path.split('/');
  if (segments.length > MAX_OUTPUT_DEPTH) return `must be at most ${MAX_OUTPUT_DEPTH} levels deep`;
  const bad = segments.find((segment) => !OUTPUT_SEGMENT.test(segment) || /^git~\d/iu.test(segment));
  if (bad === undefined) return undefined;
  return bad.startsWith('.')
    ? `must not name a hidden file or folder such as .git or .github (found "${bad}")`
    : `must be a relative path of plain names (letters, digits, ".", "_", "-"), found ${JSON.stringify(bad)}`;
}

/** One built file: its path inside the repository and the sha256 of its bytes (lowercase hex). */
export const ManifestFileSchema = v.object({
  path: v.pipe(
    v.string(),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      const problem = dataset.typed ? buildOutputPathProblem(dataset.value) : undefined;
      if (problem) addIssue({ message: problem });
    }),
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
