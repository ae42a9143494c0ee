#!/usr/bin/env node
// Compiles the joblist CLI and the workspace packages it uses into one CommonJS bundle, `scripts/dist/cli.cjs`,
// which `bin/joblist.mjs` runs from a V8 code cache (see bin/load-bundle.mjs). Subcommands stay lazy: each one's
// modules are initialised only when it runs. Runs on `pnpm install` (root `prepare`) and `pnpm compile`.
// `dist/inputs.json` lists the workspace sources it was built from, so `bin/joblist.mjs` can tell when the
// bundle is stale and run the TypeScript sources instead.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir <dir>` compiles elsewhere (a test compiles its own copy without touching `dist`).
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag === -1 ? fileURLToPath(new URL('dist', import.meta.url)) : resolve(process.argv[outdirFlag + 1]);
const builtAt = Date.now();

/**
 * ofetch's Node entry imports `node-fetch-native`, whose polyfill (110 KB, a fifth of the start-up) is dead
 * code on Node ≥ 18, where ofetch uses `globalThis.fetch`; its `native` entry re-exports the globals instead.
 */
const nativeFetch = {
  name: 'native-fetch',
  setup(build) {
    build.onResolve({ filter: /^node-fetch-native$/ }, ({ resolveDir, kind }) =>
      build.resolve('node-fetch-native/native', { resolveDir, kind }),
    );
  },
};

/** Stands for the build id until every input is known; as long as the id (a SHA-256), so the source map holds. */
const BUILD_ID_PLACEHOLDER = 'joblist-build-id:'.padEnd(64, '-');

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['scripts/src/cli.ts'],
  outfile: join(outdir, 'cli.cjs'),
  bundle: true,
  // CommonJS, because V8 can cache compiled code only for scripts, not ES modules (Node 20); the sources
  // keep to what a bundle of it can run: no top-level await, no `import()` that is not bundled.
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  // tsx (the fallback loader of configs esbuild refuses) and esbuild (which compiles configs) are required
  // at run time as the packages they are: esbuild finds its native binary through its own `__filename`.
  external: ['tsx', 'tsx/*', 'esbuild'],
  // `import.meta.url` in the sources becomes the bundle's own URL.
  define: { 'import.meta.url': '__joblistBundleUrl', JOBLIST_BUILD_ID: JSON.stringify(BUILD_ID_PLACEHOLDER) },
  banner: { js: "const __joblistBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Smaller code parses faster on every start; `node --enable-source-maps` maps stack traces back.
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  plugins: [nativeFetch],
  logLevel: 'warning',
});
// The build id (scripts/src/_utils/build-id.ts): a hash of every file bundled, dependencies included.
const buildHash = createHash('sha256');
for (const input of Object.keys(metafile.inputs).sort())
  buildHash.update(`${input}\0`).update(await readFile(join(root, input)));
const bundleFile = join(outdir, 'cli.cjs');
const bundleText = (await readFile(bundleFile, 'utf8')).replaceAll(
  BUILD_ID_PLACEHOLDER,
  buildHash.digest('hex'),
);
// V8 keeps an all-ASCII source as one-byte text (half the memory, nothing to decode on every start). esbuild
// escapes strings but keeps regular expressions and String.raw as written, so the sources write non-ASCII
// characters there as \u escapes; this check keeps it so.
let nonAscii = -1;
for (let index = 0; index < bundleText.length && nonAscii === -1; index++)
  if (bundleText.charCodeAt(index) > 0x7f) nonAscii = index;
if (nonAscii !== -1) {
  const line = bundleText.slice(0, nonAscii).split('\n').length;
  throw new Error(
    `scripts/compile.mjs: the bundle has a non-ASCII character on line ${line} (${JSON.stringify(bundleText.slice(Math.max(0, nonAscii - 40), nonAscii + 20))}): write it as a \\u escape in the source`,
  );
}
await writeFile(bundleFile, bundleText);
const inputs = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
await writeFile(join(outdir, 'inputs.json'), `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
