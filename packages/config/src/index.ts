export { configCacheDir } from './lib/compile-configs.ts';
export {
  categoryConfigFile,
  categoryPackageFilter,
  findSiteConfig,
  loadProject,
  type Project,
  pickCategories,
  SITE_CONFIG_FILE,
} from './lib/load.ts';
export { type NewCategory, scaffoldCategory } from './lib/new-category.ts';
export { categoryConfigSource, categoryPackageJson } from './lib/scaffold.ts';
