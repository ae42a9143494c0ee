export { jobCandidate, type PostingFields } from './lib/adapter/job-candidate.ts';
export {
  DEFAULT_HTTP_CACHE,
  describeFetch,
  EXIT_BAD_INPUT,
  EXIT_SOURCES_FAILED,
  type FetchedProject,
  type FetchOutcome,
  type FetchToFileOptions,
  fetchToFile,
} from './lib/fetch/fetch-to-file.ts';
export type { SourceRegistry } from './lib/fetch/plan-sources.ts';
export { type FetchProgress, type FetchSourcesOptions, fetchSources } from './lib/fetch-sources.ts';
export { createHttpClient, HTTP_DEFAULTS, type HttpClientOptions } from './lib/http/client.ts';
export { type ImportedJobs, writeImportedSnapshot } from './lib/imported-snapshot.ts';
export { normaliseJobUrl } from './lib/normalise/job-url.ts';
export { parseSubmissionsFile } from './lib/providers/submissions.ts';
export { parseEcbRates } from './lib/rates/ecb-rates.ts';
export { serializeSample, writeSampleFile } from './lib/sample/file.ts';
export { generateSampleJobs, SAMPLE_AS_OF } from './lib/sample/generate.ts';
export { createRandom } from './lib/sample/random.ts';
export { type SourceAdapter, SourceError } from './lib/types.ts';
