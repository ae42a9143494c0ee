/**
 * `@joblist/core-model/suggest`: the "did you mean" of misspelt names. An entry point of its own, so the CLI's
 * argument checks (run on every start, `--help` too) never load the schemas.
 */
export { closestName } from './lib/suggest.ts';
