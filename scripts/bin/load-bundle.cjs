// Runs the compiled CLI (`dist/cli.cjs` and the subcommand's `dist/commands/<name>.cjs`, CommonJS bundles) the
// way Node runs CommonJS modules, but from V8 code caches: the first run of each command writes
// `<bundle dir>/code-cache/<command>/<bundle>.bin` (the bytecode of every function it compiled) when it exits,
// and later runs start from it instead of parsing and compiling the bundle again. V8 checks each cache against the source and its own version and flags; a cache
// it rejects is replaced. `JOBLIST_DEBUG=1` prints what happened to the cache on stderr.
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
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
