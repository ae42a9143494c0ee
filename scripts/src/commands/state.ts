import { loadProject } from '@joblist/config';
import { DEFAULT_SNAPSHOT } from '@joblist/core-model';
import { DEFAULT_STATE_BRANCH, syncState } from '@joblist/publish';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';

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
  action: 'save' | 'restore',
): Promise<void> {
  const options = {
    remote: args.remote,
    branch: args.branch,
    snapshot: args.snapshot,
    workDir: args['work-dir'],
  };
  console.log(await syncState(await loadProject(args.config), action, options));
}

/** `joblist state save|restore`: keep the snapshot on a branch, so it survives a lost CI cache. */
export default defineCommand({
  meta: commandMeta('state'),
  subCommands: {
    save: defineCommand({
      meta: { name: 'save', description: 'Commit the snapshot to the state branch and push it (no force)' },
      args: stateArgs,
      run: ({ args }) => runState(args, 'save'),
    }),
    restore: defineCommand({
      meta: {
        name: 'restore',
        description: 'Write the saved snapshot when the local one is missing or older (never a newer one)',
      },
      args: stateArgs,
      run: ({ args }) => runState(args, 'restore'),
    }),
  },
});
