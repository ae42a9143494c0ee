import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/io', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'acquireLock',
      'ensureDir',
      'mapSettled',
      'pathInside',
      'processesWorkingIn',
      'readJsonFile',
      'readJsonObjectStreamed',
      'resolvePath',
      'stageFile',
      'symlinkOnPath',
      'syncFiles',
      'withLock',
      'writeFileAtomic',
    ]);
  });
});
