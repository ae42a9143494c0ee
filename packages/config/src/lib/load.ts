import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Category,
  CategorySchema,
  inShard,
  parseOrThrow,
  type Shard,
  type Site,
  SiteSchema,
} from '@joblist/core-model';
import { compileConfigs, configCacheDir, evaluateConfig } from './compile-configs.ts';

/** The file name of the site config at the project root. */
export const SITE_CONFIG_FILE = 'joblist.config.ts';

/** A loaded project: its root folder, the validated site config and its categories in site order. */
export interface Project {
  root: string;
  configFile: string;
  site: Site;
  categories: Category[];
}

/** Finds `joblist.config.ts` in `from` or the nearest parent folder. */
export function findSiteConfig(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, SITE_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir)
      throw new Error(`${SITE_CONFIG_FILE} not found in ${from} or any parent folder`);
  }
}

/**
 * True when this code runs compiled (the CLI bundle): Node cannot load a `.ts` config by itself, and the
 * bundle is CommonJS run from a code cache, where only its loader can `import()`.
 */
const compiled = !import.meta.url.endsWith('.ts');

/** A config module's exports. */
type ConfigModule = { default?: unknown };

/** The `import()` the compiled CLI's loader provides (scripts/bin/joblist.cjs), else this module's own. */
function importModule(specifier: string): Promise<unknown> {
  const provided = (globalThis as Record<symbol, unknown>)[Symbol.for('joblist.import')];
  return typeof provided === 'function' ? provided(specifier) : import(specifier);
}

let typeScriptLoader: Promise<void> | undefined;

/** Imports a config through tsx (registered once) when esbuild refused it, for tsx's own error messages. */
async function importWithTsx(file: string): Promise<ConfigModule> {
  typeScriptLoader ??= importModule('tsx/esm/api').then((api) => {
    (api as typeof import('tsx/esm/api')).register();
  });
  await typeScriptLoader;
  return (await importModule(pathToFileURL(file).href)) as ConfigModule;
}

/**
 * Imports config modules' default exports. Compiled, configs are compiled by esbuild in one call, or come
 * from the project's config cache when unchanged ({@link compileConfigs}); when esbuild refuses one, tsx
 * loads them, so its messages explain the problem. From the TypeScript sources (tests, tsx), they are
 * imported as they are.
 */
async function importDefaults(files: readonly string[], root: string): Promise<unknown[]> {
  // The cache lives in the project's node_modules; a project without one is compiled every time.
  const cacheDir = existsSync(join(root, 'node_modules')) ? configCacheDir(root) : undefined;
  const codes = compiled ? await compileConfigs(files, cacheDir) : undefined;
  return Promise.all(
    files.map(async (file, index) => {
      const code = codes?.[index];
      const module: ConfigModule =
        code !== undefined
          ? evaluateConfig(code, file)
          : compiled
            ? await importWithTsx(file)
            : ((await importModule(pathToFileURL(file).href)) as ConfigModule);
      if (module.default === undefined) throw new Error(`${file}: has no default export`);
      return module.default;
    }),
  );
}

/** The path of a category's config file under `root`. */
export function categoryConfigFile(root: string, id: string): string {
  return join(root, 'categories', id, 'category.config.ts');
}

/** Turbo's `--filter` for a category's package, the folder of its config: `--filter=./categories/<id>`. */
export function categoryPackageFilter(root: string, id: string): string {
  return `--filter=./${relative(root, dirname(categoryConfigFile(root, id)))}`;
}

/**
 * Loads and validates the site config and every category it lists. A bad config throws an error
 * naming the file, the field path and what was expected.
 */
export async function loadProject(configFile: string = findSiteConfig()): Promise<Project> {
  const file = resolve(configFile);
  const root = dirname(file);
  const [siteConfig] = await importDefaults([file], root);
  const site = parseOrThrow(SiteSchema, siteConfig, relative(process.cwd(), file) || file);
  const files = site.categories.map((id) => {
    const categoryFile = categoryConfigFile(root, id);
    if (!existsSync(categoryFile))
      throw new Error(
        `${relative(process.cwd(), categoryFile) || categoryFile}: not found (category "${id}" is listed in ${SITE_CONFIG_FILE})`,
      );
    return categoryFile;
  });
  const configs = await importDefaults(files, root);
  const categories = site.categories.map((id, index) => {
    const categoryFile = files[index] as string;
    const shown = relative(process.cwd(), categoryFile) || categoryFile;
    const category = parseOrThrow(CategorySchema, configs[index], shown);
    if (category.id !== id)
      throw new Error(`${shown}: id: expected "${id}" (its folder name), received "${category.id}"`);
    return category;
  });
  checkUniqueRepos(categories, root);
  return { root, configFile: file, site, categories };
}

/**
 * Throws when another of `categories` already publishes to `repo` (GitHub names are case-insensitive),
 * naming `where` (a file and field, or a flag) and that category's config file.
 */
export function assertRepoFree(
  categories: readonly Category[],
  repo: string,
  root: string,
  where: string,
): void {
  const owner = categories.find((category) => category.repo.toLowerCase() === repo.toLowerCase());
  if (!owner) return;
  const file = relative(process.cwd(), categoryConfigFile(root, owner.id));
  throw new Error(
    `${where}: "${repo}" is already the repo of ${file}; each category needs its own repository`,
  );
}

/** Each category publishes to its own repository: a repo used twice is an error naming both files. */
function checkUniqueRepos(categories: readonly Category[], root: string): void {
  categories.forEach((category, index) => {
    const file = relative(process.cwd(), categoryConfigFile(root, category.id));
    assertRepoFree(categories.slice(0, index), category.repo, root, `${file}: repo`);
  });
}

/**
 * Picks the categories a command works on: one by id, or all of them; with a `shard`, only those of it
 * (see core-model's `shardOf`).
 */
export function pickCategories(project: Project, id: string | undefined, shard?: Shard): Category[] {
  if (id === undefined) return inShard(project.categories, shard);
  const category = project.categories.find((c) => c.id === id);
  if (!category) {
    throw new Error(`unknown category "${id}"; known: ${project.categories.map((c) => c.id).join(', ')}`);
  }
  return inShard([category], shard);
}
