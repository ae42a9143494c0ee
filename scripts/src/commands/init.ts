import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { categoryConfigFile, SITE_CONFIG_FILE } from '@joblist/config';
import { SAMPLE_SOURCE, type SourceConfig } from '@joblist/core-model';
import { INIT_TEMPLATE, newSite, siteConfigSource } from '@joblist/deploy';
import { GITHUB_REMOTE_TEMPLATE } from '@joblist/publish';
import { defineCommand } from 'citty';
import { COMMAND_META } from './meta.ts';

/** The ids of the categories under `<root>/categories/` that have a config, sorted. */
function categoryIds(root: string): string[] {
  const dir = join(root, 'categories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(categoryConfigFile(root, entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** The source list of `--sources` (a JSON array, as `fetch --sources` takes), else the sample source. */
async function readSources(file: string | undefined): Promise<SourceConfig[]> {
  if (file === undefined) return [{ type: SAMPLE_SOURCE }];
  const text = await readFile(resolve(file), 'utf8');
  try {
    return JSON.parse(text) as SourceConfig[];
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
}

/** `joblist init`: writes `joblist.config.ts` for a new site; never overwrites one. */
export default defineCommand({
  meta: COMMAND_META.init,
  args: {
    org: { type: 'string', required: true, description: 'GitHub organisation of the category repositories' },
    'brand-name': { type: 'string', required: true, description: 'Brand every README speaks for' },
    'brand-url': { type: 'string', required: true, description: 'Brand link (http or https)' },
    'brand-email': { type: 'string', required: true, description: 'Contact e-mail shown in the READMEs' },
    tagline: { type: 'string', description: 'Bold words after "Visit <brand> —"' },
    pitch: { type: 'string', description: 'The sentence under the Visit line' },
    summary: { type: 'string', description: 'Short description in the archive footer' },
    template: { type: 'string', description: `README template (default: ${INIT_TEMPLATE})` },
    sources: {
      type: 'string',
      description: 'JSON file listing the sources, as fetch --sources takes (default: the synthetic sample)',
    },
  },
  async run({ args }) {
    const root = process.cwd();
    const file = join(root, SITE_CONFIG_FILE);
    if (existsSync(file))
      throw new Error(
        `${SITE_CONFIG_FILE} already exists; init writes a new site only (edit it, or move it away)`,
      );
    const categories = categoryIds(root);
    if (categories.length === 0)
      throw new Error(
        'no categories/<id>/category.config.ts here: run init at the root of a joblist checkout',
      );
    const site = newSite({
      org: args.org,
      brand: {
        name: args['brand-name'],
        url: args['brand-url'],
        email: args['brand-email'],
        tagline: args.tagline,
        pitch: args.pitch,
        summary: args.summary,
      },
      template: args.template,
      sources: await readSources(args.sources),
      categories,
      remote: GITHUB_REMOTE_TEMPLATE,
    });
    await writeFile(file, siteConfigSource(site), { flag: 'wx' });
    const sources = (site.sources ?? []).map((source) => source.type).join(', ');
    console.log(
      `wrote ${SITE_CONFIG_FILE}: organisation ${args.org}, ${categories.length} categories, template ${site.template}, sources ${sources}`,
    );
    console.log('next: pnpm joblist doctor');
  },
});
