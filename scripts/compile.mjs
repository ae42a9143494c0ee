#!/usr/bin/env node
// Compiles the joblist CLI and the workspace packages it uses into one ESM bundle, split per subcommand:
// `scripts/dist/cli.mjs` plus lazily loaded chunks. Runs on `pnpm install` (root `prepare`) and `pnpm compile`.
// `dist/inputs.json` lists the workspace sources it was built from, so `bin/joblist.mjs` can tell when the
// bundle is stale and run the TypeScript sources instead.
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('dist', import.meta.url));
const builtAt = Date.now();

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
  // tsx loads `.ts` configs in the compiled CLI; it must stay a real module to register its loader.
  external: ['tsx', 'tsx/*'],
  // CommonJS dependencies inside an ESM bundle need a `require`.
  banner: {
    js: "import { createRequire as __joblistRequire } from 'node:module'; const require = __joblistRequire(import.meta.url);",
  },
  // Smaller code parses faster on every start; `node --enable-source-maps` maps stack traces back.
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
await writeFile(`${outdir}/inputs.json`, `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
