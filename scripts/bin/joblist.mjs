#!/usr/bin/env node
// Runs the precompiled CLI (`scripts/dist/cli.cjs`, built by `pnpm install` or `pnpm compile`) when it is newer
// than every source it was built from; otherwise the TypeScript sources through tsx, so an edit never runs stale code.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

function distIsFresh() {
  try {
    const { builtAt, inputs } = JSON.parse(
      readFileSync(new URL('../dist/inputs.json', import.meta.url), 'utf8'),
    );
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= builtAt);
  } catch {
    return false; // no dist, or a source it was built from is gone
  }
}

if (distIsFresh()) {
  const { loadBundle } = await import('./load-bundle.mjs');
  loadBundle(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
