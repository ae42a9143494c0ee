import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import * as previewApi from './preview.ts';

describe('@joblist/build', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CATEGORY_OUTPUTS',
      'DEFAULT_BUILD_DIR',
      'LINK_CHECK_LIMITS',
      'buildFetched',
      'categoryBuildRoot',
      'checkCategoryLinks',
      'checkLink',
      'checkLinks',
      'checkProjectLinks',
      'markdownOutput',
      'readSelectableSnapshot',
      'readSlice',
      'renderCategory',
      'renderSelection',
      'renderSlice',
      'selectFromFile',
      'selectFromSnapshotFile',
      'selectRows',
      'selectionCacheFile',
      'selectionRequest',
      'validateShown',
      'writeCategories',
      'writeCategoryBuild',
      'writeSlices',
    ]);
  });

  it('exports exactly its `./preview` entry point (loaded only where a preview is shown)', () => {
    expect(Object.keys(previewApi).sort()).toEqual(['servePreview', 'startPreviewServer']);
  });
});
