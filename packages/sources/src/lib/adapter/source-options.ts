import { HttpUrlSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { SOURCE_LIMIT_DEFAULTS } from '../types.ts';

/** Share of its previous jobs below which a source's new result is suspect, unless its config says otherwise. */
const DEFAULT_MIN_SHARE = 0.5;

const ShareSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Options every source accepts besides its own: `categories` (explicit membership for all its jobs),
 * `minShare` (the share of its previous job count below which a result is suspect: the previous jobs are
 * kept, stale, and `fetch` exits 3; `0` accepts any count, even none), `maxRecords` and `maxBytes` (the
 * memory bound: raw records, and bytes of one response body or file).
 */
export const SHARED_SOURCE_ENTRIES = {
  categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  minShare: v.optional(ShareSchema),
  maxRecords: v.optional(CountSchema),
  maxBytes: v.optional(CountSchema),
};

/** The shared options of any source entry with their defaults, as the pipeline reads them. */
export const SourceGuardsSchema = v.looseObject({
  minShare: v.optional(ShareSchema, DEFAULT_MIN_SHARE),
  maxRecords: v.optional(CountSchema, SOURCE_LIMIT_DEFAULTS.maxRecords),
  maxBytes: v.optional(CountSchema, SOURCE_LIMIT_DEFAULTS.maxBytes),
});

/**
 * The options schema of a source: `type` (the literal), `baseUrl` (defaulting to the provider's real
 * API, overridable for mirrors, proxies and tests), the {@link SHARED_SOURCE_ENTRIES} and the provider's
 * own `entries`. Unknown keys are an error, so a misspelt option is caught.
 */
export function sourceOptions<const T extends string, const E extends v.ObjectEntries>(
  type: T,
  defaultBaseUrl: string,
  entries: E,
) {
  return v.strictObject({
    type: v.literal(type),
    baseUrl: v.optional(HttpUrlSchema, defaultBaseUrl),
    ...SHARED_SOURCE_ENTRIES,
    ...entries,
  });
}

/** `baseUrl` joined with an absolute API `path`, without doubling the slash (`https://x.io/` + `/api`). */
export function endpoint(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}${path}`;
}
