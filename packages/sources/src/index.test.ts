import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/sources', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_HTTP_CACHE',
      'EXIT_BAD_INPUT',
      'EXIT_SOURCES_FAILED',
      'HTTP_DEFAULTS',
      'SAMPLE_AS_OF',
      'SourceError',
      'createHttpClient',
      'createRandom',
      'describeFetch',
      'fetchSources',
      'fetchToFile',
      'generateSampleJobs',
      'jobCandidate',
      'normaliseJobUrl',
      'parseEcbRates',
      'parseSubmissionsFile',
      'serializeSample',
      'writeImportedSnapshot',
      'writeSampleFile',
    ]);
  });
});
