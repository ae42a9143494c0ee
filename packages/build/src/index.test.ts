import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/build', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CATEGORY_OUTPUTS',
      'DEFAULT_BUILD_DIR',
      'DEFAULT_LINK_STATE',
      'LINK_CHECK_LIMITS',
      'categoryBuildRoot',
      'categoryTemplateSources',
      'checkLink',
      'checkLinks',
      'goneUrls',
      'isBuilt',
      'markdownOutput',
      'readLinkState',
      'readSelectableSnapshot',
      'readSiteLicense',
      'readSlice',
      'renderCategory',
      'renderSelection',
      'renderSlice',
      'selectRows',
      'serializeSlice',
      'slicePath',
      'startPreviewServer',
      'validateShown',
      'writeCategories',
      'writeCategoryBuild',
      'writeLinkState',
    ]);
  });
});
