#!/usr/bin/env node
// Compiles the joblist CLI and the workspace packages it uses into one ESM bundle, split per subcommand:
// `scripts/dist/cli.mjs` plus lazily loaded chunks. Runs on `pnpm install` (root `prepare`) and `pnpm compile`.
// `dist/inputs.json` lists the workspace sources it was built from, so `bin/joblist.mjs` can tell when the
// bundle is stale and run the TypeScript sources instead.
import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['scripts/src/cli.ts'],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // tsx (the fallback loader of `.ts` configs) must stay a real module to register its loader; esbuild's
  // JavaScript API finds its native binary through its own `__filename`, which a bundle does not have.
  external: ['tsx', 'tsx/*', 'esbuild'],
  // CommonJS dependencies inside an ESM bundle need a `require`.
  banner: {
    js: "import { createRequire as __joblistRequire } from 'node:module'; const require = __joblistRequire(import.meta.url);",
  },
  // Smaller code parses faster on every start; `node --enable-source-maps` maps stack traces back.
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  plugins: [nativeFetch],
  logLevel: 'warning',
});
const inputs = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
await writeFile(`${outdir}/inputs.json`, `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
