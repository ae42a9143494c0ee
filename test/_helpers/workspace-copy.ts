import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadProject } from '@joblist/config';
import type { Category } from '@joblist/core-model';
import { git } from './git.ts';

/** The project root these tests belong to. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The categories configured in this project's `joblist.config.ts`, in site order: what the tests expect. */
export async function siteCategories(root: string = PROJECT_ROOT): Promise<Category[]> {
  return (await loadProject(join(root, 'joblist.config.ts'))).categories;
}

/**
 * Copies a project's working tree (default: this project's) to `target`: tracked and untracked files, minus
 * everything git ignores (node_modules, .turbo, out, dist, the snapshot). Installed dependencies are linked,
 * not reinstalled: the package store `.pnpm` is symlinked, the small per-package `node_modules` folders are
 * copied so workspace links point into the copy. The copy is committed to a fresh git repository so Turbo
 * hashes it as in CI.
 */
export function copyWorkspace(target: string, source: string = PROJECT_ROOT): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    try {
      cpSync(join(source, file), join(target, file), { verbatimSymlinks: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but still in the index
    }
  }
  const packageDirs = ['packages', 'categories'].flatMap((group) =>
    readdirSync(join(source, group)).map((name) => join(group, name)),
  );
  for (const dir of ['scripts', ...packageDirs]) {
    const modules = join(source, dir, 'node_modules');
    try {
      cpSync(modules, join(target, dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(join(target, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    const from = join(source, 'node_modules', entry);
    if (entry === '.pnpm' || entry === '.cache') symlinkSync(from, join(target, 'node_modules', entry));
    else cpSync(from, join(target, 'node_modules', entry), { recursive: true, verbatimSymlinks: true });
  }
  git(target, ['init', '--quiet', '--initial-branch=main']);
  git(target, ['add', '--all']);
  git(target, ['commit', '--quiet', '--no-verify', '-m', 'workspace copy']);
}
