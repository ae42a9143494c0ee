export { categoryBuildRoot, DEFAULT_BUILD_DIR } from './lib/build-dir.ts';
export { readSiteLicense } from './lib/license.ts';
export { type CheckOptions, checkLink, checkLinks, LINK_CHECK_LIMITS } from './lib/link-check.ts';
export { DEFAULT_LINK_STATE, goneUrls, readLinkState, writeLinkState } from './lib/link-state.ts';
export { writeCategoryBuild } from './lib/manifest.ts';
export {
  CATEGORY_OUTPUTS,
  type CategoryFiles,
  type CategoryOutput,
  markdownOutput,
  renderCategory,
} from './lib/render.ts';
export {
  readSelectableSnapshot,
  type SelectableJob,
  type SelectableSnapshot,
  validateShown,
} from './lib/selectable-snapshot.ts';
export { type Selection, type SelectionRequest, selectRows } from './lib/selection.ts';
export { selectFromFile, selectionCacheFile } from './lib/selection-cache.ts';
export { readSlice, serializeSlice, slicePath } from './lib/slice.ts';
export { categoryTemplateSources } from './lib/template.ts';
export {
  type BuiltCategory,
  type RenderedCategories,
  renderSelection,
  renderSlice,
  writeCategories,
} from './lib/write-categories.ts';
