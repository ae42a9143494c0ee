export type { SourceRegistry } from './lib/fetch/plan-sources.ts';
export { createProgressReporter } from './lib/fetch/progress.ts';
export {
  checkSourceConfigs,
  type FetchProgress,
  type FetchSourcesOptions,
  fetchSources,
} from './lib/fetch-sources.ts';
export { createHttpClient, HTTP_DEFAULTS, type HttpClientOptions } from './lib/http/client.ts';
export { canonicalSkills } from './lib/normalise/skills.ts';
export { parseEcbRates } from './lib/rates/ecb-rates.ts';
export { refreshRates } from './lib/rates/refresh-rates.ts';
export { sourceRegistry } from './lib/registry.ts';
export { generateSampleJobs, SAMPLE_AS_OF } from './lib/sample/generate.ts';
export { createRandom } from './lib/sample/random.ts';
export { withSampleSource } from './lib/sample/source.ts';
export { type SourceAdapter, SourceError } from './lib/types.ts';
