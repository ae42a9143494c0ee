export { categoryBuildRoot, DEFAULT_BUILD_DIR } from './lib/build-dir.ts';
export { buildFetched } from './lib/build-fetched.ts';
export {
  type CategoryLinkOptions,
  checkCategoryLinks,
  checkProjectLinks,
  type ProjectLinkOptions,
} from './lib/check-category-links.ts';
export { type CheckOptions, checkLink, checkLinks, LINK_CHECK_LIMITS } from './lib/link-check.ts';
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
export {
  type SelectionChoice,
  selectFromSnapshotFile,
  selectionRequest,
} from './lib/selection-request.ts';
export { readSlice, writeSlices } from './lib/slice.ts';
export {
  type BuiltCategory,
  type RenderedCategories,
  renderSelection,
  renderSlice,
  writeCategories,
} from './lib/write-categories.ts';
