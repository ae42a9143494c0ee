import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  assertRepoFree,
  categoryConfigSource,
  categoryPackageJson,
  findSiteConfig,
  insertCategoryId,
  loadProject,
} from '@joblist/config';
import { CategorySchema, parseOrThrow } from '@joblist/core-model';
import { writeFileAtomic } from '@joblist/io';
import { defineCommand } from 'citty';
import { COMMAND_META } from './meta.ts';

/**
 * Registers the new package in the workspace's lockfile (and links it), with no network: a workspace
 * package, even one without dependencies, needs its importer entry, or `pnpm install --frozen-lockfile`
 * (CI, both workflows) fails on the next clone.
 */
function updateLockfile(root: string): void {
  const result = spawnSync('pnpm', ['install', '--offline', '--no-frozen-lockfile'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0)
    throw new Error(
      `pnpm install --offline failed (${(result.stderr || result.stdout || String(result.error)).trim().split('\n').at(-1)}); ` +
        'run `pnpm install` and commit pnpm-lock.yaml with the category',
    );
}

/** `joblist new-category`: scaffolds `categories/<id>/` and registers it in the site's category order. */
export default defineCommand({
  meta: COMMAND_META['new-category'],
  args: {
    id: {
      type: 'positional',
      description: 'Category id, lowercase kebab-case (e.g. devops)',
      required: true,
    },
    role: {
      type: 'string',
      description: 'Role as written in the README, e.g. "DevOps engineer"',
      required: true,
    },
    repo: { type: 'string', description: 'Repository name, e.g. DevOps-Jobs', required: true },
    campaign: { type: 'string', description: 'utm_campaign (default: github-<id>-jobs)' },
    include: {
      type: 'string',
      description: 'Comma-separated title keywords (default: the role without "developer"/"engineer")',
    },
    after: { type: 'string', description: 'Insert after this category id in the site order (default: last)' },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  },
  async run({ args }) {
    const configFile = args.config ?? findSiteConfig();
    const root = dirname(configFile);
    const folder = join(root, 'categories', args.id);
    const keywords = (args.include ?? args.role.replace(/\b(?:developer|engineer)s?\b/giu, ''))
      .split(',')
      .map((keyword) => keyword.trim())
      .filter(Boolean);
    const category = parseOrThrow(
      CategorySchema,
      {
        id: args.id,
        role: args.role,
        repo: args.repo,
        utmCampaign: args.campaign ?? `github-${args.id}-jobs`,
        match: { include: keywords },
      },
      'new-category arguments',
    );
    if (existsSync(folder)) throw new Error(`${relative(process.cwd(), folder)}: already exists`);
    assertRepoFree((await loadProject(configFile)).categories, category.repo, root, '--repo');
    const site = await readFile(configFile, 'utf8');
    const updatedSite = insertCategoryId(site, category.id, args.after, configFile);
    await writeFileAtomic(join(folder, 'category.config.ts'), categoryConfigSource(category));
    await writeFileAtomic(join(folder, 'package.json'), categoryPackageJson(category.id));
    await writeFileAtomic(configFile, updatedSite);
    const shown = (file: string) => relative(process.cwd(), file) || '.';
    console.log(`created ${shown(folder)}/ and added "${category.id}" to ${shown(configFile)}`);
    const lockfile = join(root, 'pnpm-lock.yaml');
    const changed = [configFile, folder];
    if (existsSync(lockfile)) {
      updateLockfile(root);
      changed.push(lockfile);
      console.log(`${shown(lockfile)} lists it (pnpm install --offline): Turbo builds it with the others`);
    }
    console.log('commit these together, as one commit (edit its match keywords first if needed):');
    console.log(
      `  git add ${changed.map(shown).join(' ')} && git commit -m "Add the ${category.id} category"`,
    );
  },
});
