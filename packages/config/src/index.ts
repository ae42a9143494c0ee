export { configCacheDir } from './lib/compile-configs.ts';
export {
  assertRepoFree,
  categoryConfigFile,
  findSiteConfig,
  loadProject,
  type Project,
  pickCategories,
  SITE_CONFIG_FILE,
} from './lib/load.ts';
export { categoryConfigSource, categoryPackageJson, insertCategoryId } from './lib/scaffold.ts';
