import { relative } from 'node:path';
import { loadProject } from '@joblist/config';
import {
  DEFAULT_STATE_BRANCH,
  describeStateResult,
  openStateBranch,
  restoreState,
  saveState,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { DEFAULT_SNAPSHOT } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

const stateArgs = {
  config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  remote: {
    type: 'string',
    required: true,
    description: 'Repository holding the state branch (URL or path; the token goes only to https)',
  },
  branch: { type: 'string', description: `State branch (default: ${DEFAULT_STATE_BRANCH})` },
  snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
  'work-dir': {
    type: 'string',
    description: 'Local git store for the state (default: <root>/out/state.git)',
  },
} as const;

/** Runs `save` or `restore` on the state branch and snapshot the arguments name, and prints what it did. */
async function runState(
  args: { config?: string; remote: string; branch?: string; snapshot?: string; 'work-dir'?: string },
  action: typeof saveState | typeof restoreState,
): Promise<void> {
  const project = await loadProject(args.config);
  const state = openStateBranch({
    remote: args.remote,
    branch: args.branch,
    storeDir: resolvePath(args['work-dir'], project.root, 'out/state.git'),
    author: project.site.publish.author,
  });
  const snapshotFile = resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT);
  const result = await action(state, snapshotFile);
  const shown = `${relative(process.cwd(), snapshotFile) || snapshotFile} ⇄ ${state.branch}`;
  console.log(`${shown}: ${describeStateResult(result)}`);
}

/** `joblist state save|restore`: keep the snapshot on a branch, so it survives a lost CI cache. */
export default defineCommand({
  meta: COMMAND_META.state,
  subCommands: {
    save: defineCommand({
      meta: { name: 'save', description: 'Commit the snapshot to the state branch and push it (no force)' },
      args: stateArgs,
      run: ({ args }) => runState(args, saveState),
    }),
    restore: defineCommand({
      meta: {
        name: 'restore',
        description: 'Write the saved snapshot when the local one is missing or older (never a newer one)',
      },
      args: stateArgs,
      run: ({ args }) => runState(args, restoreState),
    }),
  },
});
