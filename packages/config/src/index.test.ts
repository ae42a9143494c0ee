import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/config', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'SITE_CONFIG_FILE',
      'categoryConfigFile',
      'categoryConfigSource',
      'categoryPackageFilter',
      'categoryPackageJson',
      'configCacheDir',
      'findSiteConfig',
      'loadProject',
      'pickCategories',
      'scaffoldCategory',
    ]);
  });
});
