import { type BuiltCategory, buildFetched } from '@joblist/build';
import { loadProject, pickCategories } from '@joblist/config';
import { describeFetch, type FetchOutcome } from '@joblist/sources';
import { defineCommand } from 'citty';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { selectionArgs, selectionChoice } from '../selection.ts';
import { buildOutArg } from './build.ts';
import { fetchProject, sourceArgs } from './fetch.ts';
import { commandMeta } from './meta.ts';

/**
 * `joblist update`: `fetch` then `build` in one process. The config is loaded once and the snapshot is
 * written as `fetch` writes it, then built from memory, already validated, instead of being read back.
 * Exit codes are fetch's: 3 when some sources failed (built with their stale jobs), 1 when nothing was fetched
 * (a bad config or an unknown `--category` is reported before anything is).
 */
export default defineCommand({
  meta: commandMeta('update'),
  args: {
    ...selectionArgs,
    snapshot: {
      type: 'string',
      description: 'Snapshot to write and build from (default: data/snapshot.json in the project)',
    },
    now: {
      ...selectionArgs.now,
      description: 'Time of this run, ISO 8601: the snapshot updatedAt when jobs change and the build time',
    },
    ...sourceArgs,
    out: buildOutArg,
    ...jsonArg,
  },
  async run({ args }) {
    // A bad config or an unknown --category stops here, before anything is fetched (exit 1).
    const project = await loadProject(args.config);
    pickCategories(project, args.category);
    const run = async (): Promise<{ fetched: FetchOutcome; categories: BuiltCategory[] }> => {
      const fetched = await fetchProject(project, { ...args, out: args.snapshot });
      process.exitCode = fetched.code;
      const categories = await buildFetched(project, fetched.snapshot, selectionChoice(args), args);
      return { fetched, categories };
    };
    await withJsonOutput(args.json, 'update', run, ({ fetched, categories }) => ({
      fetch: describeFetch(fetched),
      build: { categories },
    }));
  },
});
