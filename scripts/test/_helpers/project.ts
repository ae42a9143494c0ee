import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, type Project } from '../../src/config/load.ts';

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
