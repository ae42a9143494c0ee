import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, type Project } from '@joblist/config';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The read-only reference material beside the project (`../shared`), when this clone has it. */
export const SHARED = resolve(REPO_ROOT, '../shared');

/** True when `../shared` is present; tests that need it skip with a message otherwise. */
export const sharedAvailable = existsSync(join(SHARED, 'reference'));

/** The four reference READMEs of 2025-11-03 and their categories. */
export const REFERENCE_DIR = join(SHARED, 'reference/jobr-2025-11-03');

/** Loads this repository's own site config and categories. */
export function loadRepoProject(): Promise<Project> {
  return loadProject(join(REPO_ROOT, 'joblist.config.ts'));
}

/** A category for tests that add one with `joblist new-category`. */
export interface NewCategoryExample {
  id: string;
  role: string;
  repo: string;
  /** A title keyword its default `include` (the role without "engineer") matches. */
  keyword: string;
}

const NEW_CATEGORY_EXAMPLES: readonly NewCategoryExample[] = [
  { id: 'devops', role: 'DevOps engineer', repo: 'DevOps-Jobs', keyword: 'DevOps' },
  {
    id: 'site-reliability',
    role: 'Site reliability engineer',
    repo: 'Site-Reliability-Jobs',
    keyword: 'Site Reliability',
  },
];

/**
 * The README's example category (DevOps), or another when this site already has it (after someone ran
 * the README's example): tests that add a category follow the config instead of assuming its contents.
 */
export async function newCategoryExample(): Promise<NewCategoryExample> {
  const { categories } = await loadRepoProject();
  const taken = (example: NewCategoryExample) =>
    categories.some((category) => category.id === example.id || category.repo === example.repo);
  const example = NEW_CATEGORY_EXAMPLES.find((candidate) => !taken(candidate));
  if (!example) throw new Error('every new-category example is already configured; add another');
  return example;
}
