import { relative, resolve } from 'node:path';
import { loadProject } from '@joblist/config';
import {
  allowsHttpLoopback,
  createGit,
  gitAuthEnvironment,
  readToken,
  restoreState,
  type StateBranch,
  saveState,
  tokenRedactor,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { DEFAULT_SNAPSHOT } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** The default branch the snapshot is kept on between scheduled runs. */
export const DEFAULT_STATE_BRANCH = 'joblist-state';

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

interface StateArgs {
  config?: string;
  remote: string;
  branch?: string;
  snapshot?: string;
  'work-dir'?: string;
}

/** Resolves the arguments both subcommands share into a state branch and the snapshot path. */
async function openState(
  args: StateArgs,
): Promise<{ state: StateBranch; snapshotFile: string; shown: string }> {
  const project = await loadProject(args.config);
  const token = readToken();
  const remote = /^[a-z][a-z0-9+.-]*:\/\//iu.test(args.remote) ? args.remote : resolve(args.remote);
  const env = gitAuthEnvironment(remote, token, process.env, { allowHttpLoopback: allowsHttpLoopback() });
  const storeDir = resolvePath(args['work-dir'], project.root, 'out/state.git');
  const redact = tokenRedactor(token);
  const git = createGit({ cwd: storeDir, identity: project.site.publish.author, env, redact });
  const snapshotFile = resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT);
  const branch = args.branch ?? DEFAULT_STATE_BRANCH;
  return {
    state: { remote, branch, git, storeDir },
    snapshotFile,
    shown: `${relative(process.cwd(), snapshotFile) || snapshotFile} ⇄ ${branch}`,
  };
}

/** `joblist state save|restore`: keep the snapshot on a branch, so it survives a lost CI cache. */
export default defineCommand({
  meta: COMMAND_META.state,
  subCommands: {
    save: defineCommand({
      meta: { name: 'save', description: 'Commit the snapshot to the state branch and push it (no force)' },
      args: stateArgs,
      async run({ args }) {
        const { state, snapshotFile, shown } = await openState(args);
        const result = await saveState(state, snapshotFile);
        console.log(result.status === 'saved' ? `${shown}: saved ${result.commit}` : `${shown}: unchanged`);
      },
    }),
    restore: defineCommand({
      meta: {
        name: 'restore',
        description: 'Write the saved snapshot when the local one is missing or older (never a newer one)',
      },
      args: stateArgs,
      async run({ args }) {
        const { state, snapshotFile, shown } = await openState(args);
        const result = await restoreState(state, snapshotFile);
        const said =
          result.status === 'missing'
            ? 'no state branch yet; nothing restored'
            : result.status === 'restored'
              ? `restored (updatedAt ${result.updatedAt})`
              : `kept the local snapshot (updatedAt ${result.updatedAt} is not older)`;
        console.log(`${shown}: ${said}`);
      },
    }),
  },
});
