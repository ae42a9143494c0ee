import { relative } from 'node:path';
import { DEFAULT_SNAPSHOT, type Site } from '@joblist/core-model';
import { resolvePath } from '@joblist/io';
import { describeStateResult, openStateBranch, restoreState, saveState } from './state-branch.ts';

/** Where a project keeps the local git store of its state by default, relative to its root. */
const DEFAULT_STATE_STORE = 'out/state.git';

/** Where `joblist state` keeps the snapshot: the command's options, paths relative to the current folder. */
export interface ProjectStateOptions {
  /** The repository holding the state branch (a URL, or a local path). */
  remote: string;
  /** The state branch (default: `DEFAULT_STATE_BRANCH`). */
  branch?: string;
  /** The snapshot (default: core-model's `DEFAULT_SNAPSHOT` in the project). */
  snapshot?: string;
  /** The local git store (default: `out/state.git` in the project). */
  workDir?: string;
}

/**
 * Saves the project's snapshot onto its state branch, or restores it from there when the local one is
 * missing or older (`action`); returns the line `joblist state` prints: the snapshot, the branch and what was done.
 */
export async function syncState(
  project: { root: string; site: Site },
  action: 'save' | 'restore',
  options: ProjectStateOptions,
): Promise<string> {
  const state = openStateBranch({
    remote: options.remote,
    branch: options.branch,
    storeDir: resolvePath(options.workDir, project.root, DEFAULT_STATE_STORE),
    author: project.site.publish.author,
  });
  const snapshotFile = resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT);
  const result = await (action === 'save' ? saveState : restoreState)(state, snapshotFile);
  const shown = `${relative(process.cwd(), snapshotFile) || snapshotFile} ⇄ ${state.branch}`;
  return `${shown}: ${describeStateResult(result)}`;
}
