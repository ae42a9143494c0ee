import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CategorySchema, parseOrThrow } from '@joblist/core-model';
import { writeFileAtomic } from '@joblist/io';
import { assertRepoFree, loadProject } from './load.ts';
import { categoryConfigSource, categoryPackageJson, insertCategoryId } from './scaffold.ts';

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

/** A new category as `joblist new-category` takes it. */
export interface NewCategory {
  /** The site config it is registered in. */
  configFile: string;
  id: string;
  role: string;
  repo: string;
  /** `utm_campaign` (default: `github-<id>-jobs`). */
  campaign?: string;
  /** Comma-separated title keywords (default: the role without "developer"/"engineer"). */
  include?: string;
  /** The category id it follows in the site order (default: last). */
  after?: string;
}

/**
 * Writes `categories/<id>/{category.config.ts,package.json}`, adds the id to the site config's categories,
 * lists the package in `pnpm-lock.yaml` when there is one, and prints what changed and how to commit it.
 */
export async function scaffoldCategory(options: NewCategory): Promise<void> {
  const { configFile } = options;
  const root = dirname(configFile);
  const folder = join(root, 'categories', options.id);
  const keywords = (options.include ?? options.role.replace(/\b(?:developer|engineer)s?\b/giu, ''))
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);
  const category = parseOrThrow(
    CategorySchema,
    {
      id: options.id,
      role: options.role,
      repo: options.repo,
      utmCampaign: options.campaign ?? `github-${options.id}-jobs`,
      match: { include: keywords },
    },
    'new-category arguments',
  );
  if (existsSync(folder)) throw new Error(`${relative(process.cwd(), folder)}: already exists`);
  assertRepoFree((await loadProject(configFile)).categories, category.repo, root, '--repo');
  const site = await readFile(configFile, 'utf8');
  const updatedSite = insertCategoryId(site, category.id, options.after, configFile);
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
  console.log(`  git add ${changed.map(shown).join(' ')} && git commit -m "Add the ${category.id} category"`);
}
