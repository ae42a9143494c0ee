import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { sha256Hex } from '@joblist/core-model';
import { writeFileAtomic } from '@joblist/io';
import type * as esbuild from 'esbuild';

/** The config helpers (`defineSite`, `defineCategory`) are identity functions: inlined, a config needs no package. */
const CONFIG_HELPERS =
  'export const defineSite = (config) => config; export const defineCategory = (config) => config;';

/** The namespace of the inlined helpers module (its metafile input is `joblist-config:helpers`). */
const HELPERS_NAMESPACE = 'joblist-config';

/** Resolves `@joblist/core-model` in a config to {@link CONFIG_HELPERS}; any other import of it fails the build. */
const configHelpers: esbuild.Plugin = {
  name: 'joblist-config-helpers',
  setup(build) {
    build.onResolve({ filter: /^@joblist\/core-model$/ }, () => ({
      path: 'helpers',
      namespace: HELPERS_NAMESPACE,
    }));
    build.onLoad({ filter: /.*/, namespace: HELPERS_NAMESPACE }, () => ({
      contents: CONFIG_HELPERS,
      loader: 'js',
    }));
  },
};

/** One compiled config: its code and the content hash of every file it was bundled from. */
interface CachedConfig {
  code: string;
  /** Absolute path → SHA-256 of the file's content, for the config and every file it imports. */
  inputs: Record<string, string>;
}

/** A cache entry on disk: one compiled config, valid only for the same helpers (see {@link CACHE_VERSION}). */
interface CacheEntry extends CachedConfig {
  version: string;
  /** The config's absolute path (the entry's name is its hash). */
  file: string;
}

/** The module format configs are compiled to: CommonJS, evaluated by {@link evaluateConfig} without `import()`. */
const FORMAT = 'cjs';

/** Changes whenever what a compiled config contains would change: its format and the helpers inlined into it. */
const CACHE_VERSION = sha256Hex(`3\n${FORMAT}\n${CONFIG_HELPERS}`).slice(0, 16);

/**
 * The cache folder under a project root (with the other tools' caches, never committed): one small file per
 * config, so a run reads only the entries of the configs it loads, however many projects share the folder.
 */
export const configCacheDir = (root: string) => join(root, 'node_modules/.cache/joblist/configs');

/** The cache entry file of the config at absolute path `file`. */
const entryFile = (cacheDir: string, file: string) => join(cacheDir, `${sha256Hex(file).slice(0, 32)}.json`);

/** The cached code of `file` (absolute) when every file it was bundled from still has the content it had then. */
async function cachedCode(cacheDir: string, file: string): Promise<string | undefined> {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(await readFile(entryFile(cacheDir, file), 'utf8')) as CacheEntry;
  } catch {
    return undefined; // not cached yet, or an unreadable entry: it is compiled again
  }
  if (entry.version !== CACHE_VERSION || entry.file !== file || typeof entry.inputs !== 'object')
    return undefined;
  for (const [input, hash] of Object.entries(entry.inputs)) {
    const content = await readFile(input).catch(() => undefined);
    if (content === undefined || sha256Hex(content) !== hash) return undefined;
  }
  return typeof entry.code === 'string' ? entry.code : undefined;
}

/**
 * Bundles `files` in one esbuild call; throws when esbuild cannot. esbuild is required only now (most runs
 * find every config cached), through `require`: the compiled CLI runs where `import()` is not available.
 */
async function bundle(files: readonly string[]): Promise<CachedConfig[]> {
  const { build } = createRequire(import.meta.url)('esbuild') as typeof esbuild;
  const result = await build({
    entryPoints: files.map((file, index) => ({ in: file, out: String(index) })),
    outdir: 'joblist-configs',
    bundle: true,
    write: false,
    format: FORMAT,
    platform: 'node',
    logLevel: 'silent',
    metafile: true,
    plugins: [configHelpers],
  });
  const byName = new Map(result.outputFiles.map((output) => [output.path.replace(/^.*[/\\]/u, ''), output]));
  const outputs = Object.entries(result.metafile.outputs);
  return Promise.all(
    files.map(async (_file, index) => {
      const code = byName.get(`${index}.js`)?.text;
      const meta = outputs.find(([path]) => path.endsWith(`/${index}.js`))?.[1];
      if (code === undefined || meta === undefined) throw new Error('missing output');
      const sources = Object.keys(meta.inputs).filter((input) => !input.startsWith(`${HELPERS_NAMESPACE}:`));
      const inputs = await Promise.all(
        sources.map(async (input) => [resolve(input), sha256Hex(await readFile(resolve(input)))] as const),
      );
      return { code, inputs: Object.fromEntries(inputs) };
    }),
  );
}

/**
 * Compiles config files into self-contained CommonJS code (their imports bundled, the config helpers
 * inlined), for {@link evaluateConfig}: the compiled CLI loads a hundred configs without registering a
 * TypeScript loader. Configs unchanged since the last run (the same content for every file each was
 * bundled from) come from `cacheDir` without starting esbuild; the others are compiled in one esbuild
 * call and cached (one entry file each under `cacheDir`). Resolves to `undefined` when a config needs more than that (another import from
 * `@joblist/core-model`, a syntax error), so the caller can fall back to tsx and its messages.
 */
export async function compileConfigs(
  files: readonly string[],
  cacheDir?: string,
): Promise<string[] | undefined> {
  const absolute = files.map((file) => resolve(file));
  const codes =
    cacheDir === undefined
      ? absolute.map(() => undefined)
      : await Promise.all(absolute.map((file) => cachedCode(cacheDir, file)));
  const missing = absolute.filter((_file, index) => codes[index] === undefined);
  if (missing.length > 0) {
    let compiled: CachedConfig[];
    try {
      compiled = await bundle(missing);
    } catch (error) {
      // esbuild refused a config (it reports errors): the caller falls back to tsx for its messages.
      if (Array.isArray((error as { errors?: unknown }).errors)) return undefined;
      throw error;
    }
    const byFile = new Map(missing.map((file, index) => [file, compiled[index] as CachedConfig]));
    for (const [index, file] of absolute.entries()) codes[index] ??= byFile.get(file)?.code;
    // An entry that cannot be written (read-only checkout) only costs the next run a compile.
    if (cacheDir !== undefined)
      await Promise.all(
        [...byFile].map(([file, config]) =>
          writeFileAtomic(
            entryFile(cacheDir, file),
            JSON.stringify({ version: CACHE_VERSION, file, ...config } satisfies CacheEntry),
          ).catch(() => undefined),
        ),
      );
  }
  return codes.map((code, index) => {
    if (code === undefined) throw new Error(`${files[index]}: not compiled`);
    return code;
  });
}

/** Runs a config compiled by {@link compileConfigs} (as `file`, for its `require`s) and returns its exports. */
export function evaluateConfig(code: string, file: string): { default?: unknown } {
  const module = { exports: {} as { default?: unknown } };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(resolve(file)));
  return module.exports;
}
