import { describe, expect, it } from 'vitest';
import { sourceRegistry } from './registry.ts';

describe('sourceRegistry', () => {
  it('maps every provider type of the config reference to its adapter', () => {
    expect([...sourceRegistry.keys()].sort()).toEqual([
      'arbeitnow',
      'ashby',
      'file',
      'greenhouse',
      'himalayas',
      'hn-whoishiring',
      'jobicy',
      'lever',
      'recruitee',
      'remoteok',
      'remotive',
      'simplify',
      'smartrecruiters',
      'submissions',
      'themuse',
      'workable',
    ]);
    for (const [type, adapter] of sourceRegistry) expect(adapter.type).toBe(type);
  });
});
