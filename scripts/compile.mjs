#!/usr/bin/env node
// Compiles the joblist CLI and the workspace packages it uses into CommonJS bundles, which `bin/joblist.cjs`
// runs from V8 code caches: `scripts/dist/cli.cjs` (the command line, help and version) and one bundle per
// subcommand, `dist/commands/<name>.cjs`, which `cli.cjs` requires only when that subcommand runs, so a start
// reads and compiles no other command's code. Runs on `pnpm install` (root `prepare`) and `pnpm compile`.
// `dist/inputs.json` lists the workspace sources it was built from, so `bin/joblist.cjs` can tell when the
// bundles are stale and run the TypeScript sources instead.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/** The subcommands (every module of `src/commands` but the shared `meta.ts`), each a bundle of its own. */
const commands = (await readdir(join(root, 'scripts/src/commands')))
  .filter((file) => file.endsWith('.ts') && file !== 'meta.ts')
  .map((file) => file.slice(0, -'.ts'.length));

/**
 * `cli.ts`'s `import('./commands/<name>.ts')` becomes a module whose default export is that command's own
 * bundle's, required when the command runs (by bin/joblist.cjs, from a code cache too).
 */
const commandBundles = {
  name: 'command-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.ts$/ }, ({ path, importer }) => {
      const name = path.slice('./commands/'.length, -'.ts'.length);
      if (!importer.endsWith('scripts/src/cli.ts') || !commands.includes(name)) return undefined;
      return { path: name, namespace: 'command-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'command-bundle' }, ({ path }) => ({
      contents: `export default require('./commands/${path}.cjs').default;`,
      loader: 'js',
    }));
    build.onResolve({ filter: /.*/, namespace: 'command-bundle' }, ({ path }) => ({ path, external: true }));
  },
};

/** Stands for the build id until every input is known; as long as the id (a SHA-256), so the source map holds. */
const BUILD_ID_PLACEHOLDER = 'joblist-build-id:'.padEnd(64, '-');

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'scripts/src/cli.ts', out: 'cli' },
    ...commands.map((name) => ({ in: `scripts/src/commands/${name}.ts`, out: `commands/${name}` })),
  ],
  outdir,
  outExtension: { '.js': '.cjs' },
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
  // Smaller code parses faster on every start. The maps are for reading profiles: the bundles run through
  // `vm`, whose stack traces `node --enable-source-maps` does not map back.
  minify: true,
  sourcemap: 'linked',
  // The maps point at the sources in this checkout rather than holding a copy of each (18 MB for 18 bundles).
  sourcesContent: false,
  metafile: true,
  plugins: [nativeFetch, commandBundles],
  logLevel: 'warning',
});
// The files bundled, dependencies included (not the modules `commandBundles` made, named `command-bundle:<name>`).
const bundled = Object.keys(metafile.inputs).filter((input) => !input.startsWith('command-bundle:'));
// The build id (scripts/src/_utils/build-id.ts): a hash of every file bundled.
const buildHash = createHash('sha256');
for (const input of bundled.sort()) buildHash.update(`${input}\0`).update(await readFile(join(root, input)));
const buildId = buildHash.digest('hex');
for (const bundle of Object.keys(metafile.outputs).filter((file) => file.endsWith('.cjs'))) {
  const bundleFile = join(root, bundle);
  const bundleText = (await readFile(bundleFile, 'utf8')).replaceAll(BUILD_ID_PLACEHOLDER, buildId);
  // V8 keeps an all-ASCII source as one-byte text (half the memory, nothing to decode on every start). esbuild
  // escapes strings but keeps regular expressions and String.raw as written, so the sources write non-ASCII
  // characters there as \u escapes; this check keeps it so.
  const nonAscii = bundleText.search(/[^\0-\x7f]/u);
  if (nonAscii !== -1) {
    const line = bundleText.slice(0, nonAscii).split('\n').length;
    throw new Error(
      `scripts/compile.mjs: ${bundle} has a non-ASCII character on line ${line} (${JSON.stringify(bundleText.slice(Math.max(0, nonAscii - 40), nonAscii + 20))}): write it as a \\u escape in the source`,
    );
  }
  await writeFile(bundleFile, bundleText);
}
const inputs = bundled.filter((file) => !file.includes('node_modules/'));
await writeFile(join(outdir, 'inputs.json'), `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
