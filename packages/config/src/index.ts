export { configCacheFile } from './lib/compile-configs.ts';
export { assertRepoFree, findSiteConfig, loadProject, type Project, pickCategories } from './lib/load.ts';
export { categoryConfigSource, categoryPackageJson, insertCategoryId } from './lib/scaffold.ts';
