import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/sources', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'HTTP_DEFAULTS',
      'SAMPLE_AS_OF',
      'SourceError',
      'canonicalSkills',
      'checkSourceConfigs',
      'createHttpClient',
      'createProgressReporter',
      'createRandom',
      'fetchSources',
      'generateSampleJobs',
      'parseEcbRates',
      'refreshRates',
      'sourceRegistry',
      'withSampleSource',
    ]);
  });
});
