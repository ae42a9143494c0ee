#!/usr/bin/env node
// Runs the precompiled CLI (`scripts/dist`, built by `pnpm install` or `pnpm compile`) when it is newer than every
// source it was built from; otherwise the TypeScript sources through tsx, so an edit never runs stale code.
// The bundles (`dist/cli.cjs` and the subcommand's `dist/commands/<name>.cjs`) run the way Node runs CommonJS
// modules, but from V8 code caches: the first run of each command writes `dist/code-cache/<command>/<bundle>.bin`
// (the bytecode of every function it compiled) as it exits, and later runs start from it instead of parsing
// and compiling again. V8 checks each cache against the source, its own version and flags; a cache it rejects
// is replaced. `JOBLIST_DEBUG=1` prints what happened to each cache on stderr. This file is CommonJS too: an ES
// module entry would start Node's ES module loader and the ES module face of `node:fs` (which loads every
// stream class), about 20 ms of each start for nothing.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/** The command a command line runs: its runs share code caches (each command compiles different functions). */
function cacheName(args) {
  const command = args.find((arg) => !arg.startsWith('-')) ?? 'help';
  return /^[a-z][a-z-]*$/u.test(command) ? command : 'other';
}

/** Compiles `bundleFile` as a CommonJS module's function, from `cacheFile` when V8 accepts it (else it writes it at exit). */
function compile(bundleFile, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: this run writes it
  }
  const source = readFileSync(bundleFile, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  const state = cachedData === undefined ? 'created' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (process.env.JOBLIST_DEBUG) console.error(`code cache ${cacheFile}: ${state}`);
  if (state !== 'accepted') {
    // At exit the cache holds every function this run compiled. A temporary file and a rename: a reader
    // (another joblist process) never sees half a cache, and a cache that cannot be written costs nothing.
    process.once('exit', () => {
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // a read-only install: every run compiles, as without a cache
      }
    });
  }
  return script.runInThisContext();
}

/**
 * Runs `bundleFile` (`dist/cli.cjs`) with the command line of this process. The subcommand's own bundle
 * (`./commands/<name>.cjs`, which the bundle requires) runs from a code cache too; every other `require` is
 * Node's.
 */
function loadBundle(bundleFile) {
  const cacheDir = join(dirname(bundleFile), 'code-cache', cacheName(process.argv.slice(2)));
  const loaded = new Map();
  const load = (file) => {
    const module = { exports: {} };
    loaded.set(file, module);
    const nodeRequire = createRequire(file);
    const require = (specifier) => {
      if (!/^\.\/commands\/[a-z-]+\.cjs$/u.test(specifier)) return nodeRequire(specifier);
      const target = join(dirname(file), specifier);
      return (loaded.get(target) ?? load(target)).exports;
    };
    const run = compile(file, join(cacheDir, `${basename(file, '.cjs')}.bin`));
    run(module.exports, Object.assign(require, nodeRequire), module, file, dirname(file));
    return module;
  };
  // The bundles cannot `import()` (V8 keeps no import callback with a code cache): this module does it for
  // them (tsx and configs they must load as ES modules; packages/config/src/lib/load.ts).
  globalThis[Symbol.for('joblist.import')] = (specifier) => import(specifier);
  load(bundleFile);
}

module.exports = { loadBundle };

const root = join(__dirname, '..', '..');
const dist = join(__dirname, '..', 'dist');

/** Whether `dist/cli.cjs` was built after the last change to every source it holds. */
function distIsFresh() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(dist, 'inputs.json'), 'utf8'));
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= builtAt);
  } catch {
    return false; // no dist, or a source it was built from is gone
  }
}

// Run, not required (a test requires `loadBundle` to run a bundle of its own).
if (require.main === module) {
  if (distIsFresh()) loadBundle(join(dist, 'cli.cjs'));
  else
    import('tsx/esm/api')
      .then(({ register }) => {
        register();
        return import(pathToFileURL(join(__dirname, '..', 'src', 'cli.ts')).href);
      })
      .catch((error) => {
        console.error(error);
        process.exitCode = 1;
      });
}
