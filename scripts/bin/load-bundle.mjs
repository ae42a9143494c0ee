// Runs the compiled CLI (`dist/cli.cjs`, a CommonJS bundle) the way Node runs a CommonJS module, but from a
// V8 code cache: the first run of each command writes `<bundle dir>/code-cache/<command>.bin` (the bytecode
// of every function it compiled) when it exits, and later runs start from it instead of parsing and
// compiling 700 KB again. V8 checks each cache against the source and its own version and flags; a cache
// it rejects is replaced. `JOBLIST_DEBUG=1` prints what happened to the cache on stderr.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The cache of the command a command line runs (one per command: each compiles different functions). */
function cacheName(args) {
  const command = args.find((arg) => !arg.startsWith('-')) ?? 'help';
  return /^[a-z][a-z-]*$/u.test(command) ? command : 'other';
}

/** Runs `bundleFile` with the command line of this process. */
export function loadBundle(bundleFile) {
  const dir = dirname(bundleFile);
  const cacheFile = join(dir, 'code-cache', `${cacheName(process.argv.slice(2))}.bin`);
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
  // The bundle cannot `import()` (V8 keeps no import callback with a code cache): this module does it for
  // it (tsx and configs it must load as ES modules; packages/config/src/lib/load.ts).
  globalThis[Symbol.for('joblist.import')] = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dir);
}
