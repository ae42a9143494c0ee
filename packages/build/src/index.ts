export { categoryBuildRoot, DEFAULT_BUILD_DIR } from './lib/build-dir.ts';
export { readSiteLicense } from './lib/license.ts';
export { type CheckOptions, checkLink, checkLinks } from './lib/link-check.ts';
export {
  DEFAULT_LINK_STATE,
  goneUrls,
  type LinkCheck,
  LinkCheckSchema,
  type LinkState,
  LinkStateSchema,
  type LinkVerdict,
  LinkVerdictSchema,
  readLinkState,
  writeLinkState,
} from './lib/link-state.ts';
export {
  type BuildWrite,
  buildManifest,
  planCategoryBuild,
  stringifyManifest,
  writeBuild,
  writeCategoryBuild,
} from './lib/manifest.ts';
export {
  isBuilt,
  type PreviewRepository,
  type PreviewServer,
  startPreviewServer,
} from './lib/preview-server.ts';
export {
  CATEGORY_OUTPUTS,
  type CategoryFiles,
  type CategoryOutput,
  categoryOutputs,
  markdownOutput,
  type RenderOptions,
  renderCategory,
  renderRows,
} from './lib/render.ts';
export { readSelectableSnapshot, type SelectableSnapshot, validateShown } from './lib/selectable-snapshot.ts';
export { readSlice, SLICE_FILE, type Slice, SliceSchema, serializeSlice, slicePath } from './lib/slice.ts';
export { categoryTemplate, categoryTemplateSources } from './lib/template.ts';
