import type { Git } from './git.ts';

/** The staged changes of a working copy as a unified diff (what a dry run prints). */
export async function stagedDiff(git: Git): Promise<string> {
  return (await git(['diff', '--cached', '--no-color', '--no-ext-diff', '--find-renames'])).stdout;
}
