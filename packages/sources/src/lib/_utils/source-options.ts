import { HttpUrlSchema } from '@joblist/core-model';
import * as v from 'valibot';

/**
 * The options schema of a source: `type` (the literal), `baseUrl` (defaulting to the provider's real
 * API, overridable for mirrors, proxies and tests), `categories` (explicit membership for all its jobs)
 * and the provider's own `entries`. Unknown keys are an error, so a misspelt option is caught.
 */
export function sourceOptions<const T extends string, const E extends v.ObjectEntries>(
  type: T,
  defaultBaseUrl: string,
  entries: E,
) {
  return v.strictObject({
    type: v.literal(type),
    baseUrl: v.optional(HttpUrlSchema, defaultBaseUrl),
    categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
    ...entries,
  });
}

/** `baseUrl` joined with an absolute API `path`, without doubling the slash (`https://x.io/` + `/api`). */
export function endpoint(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}${path}`;
}
