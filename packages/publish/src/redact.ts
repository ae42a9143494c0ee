/**
 * `@joblist/publish/redact`: the publish token and the redactor that hides it. An entry point of its own, so
 * the CLI's error handler (in its smallest bundle) redacts without loading the publishing code.
 */
export { readToken, tokenRedactor } from './lib/auth.ts';
