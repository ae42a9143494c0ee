import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { categoryConfigFile, SITE_CONFIG_FILE } from '@joblist/config';
import {
  parseOrThrow,
  SAMPLE_SOURCE,
  type SiteInput,
  SiteSchema,
  type SourceConfig,
} from '@joblist/core-model';
import { GITHUB_REMOTE_TEMPLATE } from '@joblist/publish';

/** The template a new site starts with (`joblist init`): joblist's own, for readers (the Jobr formats reproduce one brand). */
export const INIT_TEMPLATE = 'joblist';

/** The brand and organisation a new site is made for. */
export interface InitOptions {
  org: string;
  brand: { name: string; url: string; email: string; tagline?: string; pitch?: string; summary?: string };
  template?: string;
  sources: SourceConfig[];
  /** Category ids in site order. */
  categories: string[];
  /** Where the categories are published (`publish.remote`). */
  remote: string;
}

/** The site config of a new site: validated as `joblist.config.ts` will be, before anything is written. */
export function newSite(options: InitOptions): SiteInput {
  const { brand } = options;
  const site: SiteInput = {
    brand: {
      name: brand.name,
      url: brand.url,
      email: brand.email,
      tagline: brand.tagline ?? `jobs from ${brand.name}`,
      pitch: brand.pitch ?? `Every opening ${brand.name} lists, refreshed several times a day.`,
      summary: brand.summary ?? `${brand.name} job lists`,
    },
    github: { org: options.org },
    utm: { source: 'github', medium: 'repo' },
    categories: options.categories,
    sources: options.sources,
    publish: { remote: options.remote },
    template: options.template ?? INIT_TEMPLATE,
  };
  parseOrThrow(SiteSchema, site, 'joblist.config.ts');
  return site;
}

const LINE_WIDTH = 110;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/** A value as TypeScript source in the repository's style (single quotes, trailing commas, 110 columns). */
function literal(value: unknown, indent: string, prefix: number): string {
  if (typeof value === 'string') {
    // Biome's choice: single quotes, double quotes when that needs fewer escapes.
    if (value.includes("'") && !value.includes('"')) return JSON.stringify(value);
    return `'${JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
  }
  if (typeof value !== 'object' || value === null) return String(value);
  const entries = Array.isArray(value)
    ? value.map((item) => ['', item] as const)
    : Object.entries(value).map(
        ([key, item]) => [`${IDENTIFIER.test(key) ? key : literal(key, '', 0)}: `, item] as const,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const flat = `${open}${entries.map(([key, item]) => `${key}${literal(item, '', 0)}`).join(', ')}${close}`;
  if (!flat.includes('\n') && indent.length + prefix + flat.length <= LINE_WIDTH) return flat;
  const inner = `${indent}  `;
  const lines = entries.map(([key, item]) => `${inner}${key}${literal(item, inner, key.length + 1)},`);
  return `${open.trim()}\n${lines.join('\n')}\n${indent}${close.trim()}`;
}

/** The text of a new `joblist.config.ts` for a site. */
export function siteConfigSource(site: SiteInput): string {
  return `import { defineSite } from '@joblist/core-model';\n\nexport default defineSite(${literal(site, '', 'export default defineSite('.length + 2)});\n`;
}

/** The ids of the categories under `<root>/categories/` that have a config, sorted. */
function categoryIds(root: string): string[] {
  const dir = join(root, 'categories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(categoryConfigFile(root, entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** The source list of a JSON file (an array, as `fetch --sources` takes), else the sample source. */
async function readSources(file: string | undefined): Promise<SourceConfig[]> {
  if (file === undefined) return [{ type: SAMPLE_SOURCE }];
  const text = await readFile(resolve(file), 'utf8');
  try {
    return JSON.parse(text) as SourceConfig[];
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
}

/**
 * Writes `joblist.config.ts` for a new site in `root` (never over an existing one) with every category
 * found under `categories/`, the sources of `sourcesFile` (default: the sample source) and `remote`
 * (default: publish's `GITHUB_REMOTE_TEMPLATE`), and says so.
 */
export async function initSite(
  root: string,
  options: Omit<InitOptions, 'sources' | 'categories' | 'remote'> & { sourcesFile?: string; remote?: string },
): Promise<void> {
  const file = join(root, SITE_CONFIG_FILE);
  if (existsSync(file))
    throw new Error(
      `${SITE_CONFIG_FILE} already exists; init writes a new site only (edit it, or move it away)`,
    );
  const categories = categoryIds(root);
  if (categories.length === 0)
    throw new Error('no categories/<id>/category.config.ts here: run init at the root of a joblist checkout');
  const { sourcesFile, remote = GITHUB_REMOTE_TEMPLATE, ...site } = options;
  const config = newSite({ ...site, remote, sources: await readSources(sourcesFile), categories });
  await writeFile(file, siteConfigSource(config), { flag: 'wx' });
  const sources = (config.sources ?? []).map((source) => source.type).join(', ');
  console.log(
    `wrote ${SITE_CONFIG_FILE}: organisation ${options.org}, ${categories.length} categories, template ${config.template}, sources ${sources}`,
  );
  console.log('next: pnpm joblist doctor');
}
