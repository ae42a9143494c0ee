import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryConfigSource, categoryPackageJson } from '@joblist/config';
import { type Category, DEFAULT_README_BUDGET } from '@joblist/core-model';
import { git } from '../../test/_helpers/git.ts';
import { copyWorkspace } from '../../test/_helpers/workspace-copy.ts';
import type { SyntheticCategory } from './synthetic.ts';

/** What a benchmark project holds: its categories (config only), its sources, and an optional snapshot. */
export interface ProjectSpec {
  categories: readonly SyntheticCategory[];
  /** Source entries of the site config, as TypeScript source text. */
  sources: string;
  /** The site's `readerFiles` (default: as the config has it, on). */
  readerFiles?: boolean;
  /** Snapshot JSON text written to `data/snapshot.json`. */
  snapshot?: string;
}

/**
 * A temporary copy of this project (dependencies linked, committed to its own git repository for Turbo)
 * whose categories are replaced by `spec.categories`, with the CLI compiled in it.
 */
export function createProject(target: string, spec: ProjectSpec): void {
  copyWorkspace(target);
  const template = join(target, 'categories/backend/node_modules');
  const modules = join(target, 'bench-category-modules');
  cpSync(template, modules, { recursive: true, verbatimSymlinks: true });
  rmSync(join(target, 'categories'), { recursive: true });
  for (const generated of spec.categories) {
    const dir = join(target, 'categories', generated.id);
    const { keyword, ...fields } = generated;
    const category: Category = {
      ...fields,
      match: { include: [keyword], exclude: [] },
      limit: 50,
      readmeBudget: DEFAULT_README_BUDGET,
      windowDays: 7,
    };
    cpSync(modules, join(dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(dir, 'category.config.ts'), categoryConfigSource(category));
    writeFileSync(join(dir, 'package.json'), categoryPackageJson(generated.id));
  }
  rmSync(modules, { recursive: true });
  const siteFile = join(target, 'joblist.config.ts');
  const ids = spec.categories.map((category) => `'${category.id}'`).join(', ');
  const readerFiles = spec.readerFiles === undefined ? '' : `,\n  readerFiles: ${spec.readerFiles}`;
  let site = readFileSync(siteFile, 'utf8');
  site = replaceOnce(site, /\bcategories: \[[^\]]*\]/u, `categories: [${ids}]`, 'categories');
  // The sources list, on one line or several (up to its closing bracket at the start of a line).
  site = replaceOnce(
    site,
    /\bsources: \[(?:[^\n]*\]|[\s\S]*?\n {2}\])/u,
    `sources: ${spec.sources}${readerFiles}`,
    'sources',
  );
  writeFileSync(siteFile, site);
  if (spec.snapshot !== undefined) {
    mkdirSync(join(target, 'data'), { recursive: true });
    writeFileSync(join(target, 'data/snapshot.json'), spec.snapshot);
  }
  execFileSync(process.execPath, ['scripts/compile.mjs'], { cwd: target, stdio: 'inherit' });
  git(target, ['add', '--all']);
  git(target, ['commit', '--quiet', '--no-verify', '-m', 'benchmark project']);
}

/** `text` with the one match of `pattern` replaced; throws naming `what` when the site config has no such field. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text))
    throw new Error(`benchmark project: joblist.config.ts has no \`${what}\` list to replace`);
  return text.replace(pattern, replacement);
}
