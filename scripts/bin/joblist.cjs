#!/usr/bin/env node
// Runs the precompiled CLI (`scripts/dist/cli.cjs`, built by `pnpm install` or `pnpm compile`) when it is newer
// than every source it was built from; otherwise the TypeScript sources through tsx, so an edit never runs stale code.
// CommonJS, like the bundle: an ES module entry would start Node's ES module loader and build the ES module
// face of `node:fs` (which loads every stream class), about 20 ms of each start for nothing.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

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

if (distIsFresh()) {
  require('./load-bundle.cjs').loadBundle(join(dist, 'cli.cjs'));
} else {
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
