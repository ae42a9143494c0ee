import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/build', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CATEGORY_OUTPUTS',
      'DEFAULT_LINK_STATE',
      'categoryTemplateSources',
      'checkLink',
      'checkLinks',
      'goneUrls',
      'markdownOutput',
      'readLinkState',
      'readSelectableSnapshot',
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
