export {
  checkSourceConfigs,
  type FetchProgress,
  type FetchSourcesOptions,
  fetchSources,
} from './lib/fetch-sources.ts';
export { createHttpClient, HTTP_DEFAULTS, type HttpClientOptions } from './lib/http/client.ts';
export { canonicalSkills } from './lib/normalize/skills.ts';
export type { SourceRegistry } from './lib/pipeline/plan-sources.ts';
export { createProgressReporter } from './lib/pipeline/progress.ts';
export { refreshRates } from './lib/rates/refresh-rates.ts';
export { sourceRegistry } from './lib/registry.ts';
export { type SourceAdapter, SourceError } from './lib/types.ts';
