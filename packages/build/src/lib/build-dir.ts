import { join, resolve } from 'node:path';
import type { Category } from '@joblist/core-model';

/** Where a category's build lives by default, as the help texts say it: its Turbo package's `dist/`. */
export const DEFAULT_BUILD_DIR = 'categories/<id>/dist';

/**
 * The folder holding a category's `<repo>/` build: `<folder>` when one is given (`--out`, `--from`: every
 * category side by side), else `<root>/categories/<id>/dist`, where its Turbo `build` task writes it, so
 * `pnpm build`, `joblist build`, `preview` and `publish` agree with no flag.
 */
export function categoryBuildRoot(root: string, category: Pick<Category, 'id'>, folder?: string): string {
  return folder === undefined ? join(root, 'categories', category.id, 'dist') : resolve(folder);
}
