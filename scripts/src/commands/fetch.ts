import { join, resolve } from 'node:path';
import { DEFAULT_LINK_STATE, goneUrls, readLinkState } from '@joblist/build';
import { loadProject, type Project } from '@joblist/config';
import {
  DEFAULT_HTTP_CACHE,
  describeFetch,
  EXIT_BAD_INPUT,
  type FetchOutcome,
  fetchToFile,
  type HttpClientOptions,
} from '@joblist/sources';
import { defineCommand } from 'citty';
import { type NumberRange, numberArg, parseNow, parseNumber, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { COMMAND_META } from './meta.ts';

/** `--timeout`: seconds, above 0. */
const TIMEOUT: NumberRange = { min: 0, above: true, fraction: true };

/** The options of how sources are fetched, shared by `fetch` and `update`: the source list, HTTP cache and timeout. */
export const sourceArgs = {
  sources: {
    type: 'string',
    description: "JSON file with an array of source configs that replaces the site's list",
  },
  'cache-dir': {
    type: 'string',
    description: `HTTP cache folder (default: ${DEFAULT_HTTP_CACHE} in the project)`,
  },
  timeout: numberArg('Seconds before one HTTP request attempt is abandoned (default: 30)', TIMEOUT),
  'allow-loopback': {
    type: 'boolean',
    description:
      'Let sources reach 127.0.0.1 and ::1 (local fixtures, tests); other internal addresses stay refused',
  },
} as const;

/** The arguments of `joblist fetch`, as citty parses them. */
export type FetchArgs = Partial<
  Record<'config' | 'out' | 'now' | 'sources' | 'cache-dir' | 'timeout', string>
> & {
  'allow-loopback'?: boolean;
};

/**
 * Fetches the sources of a loaded `project` into its snapshot (`args.config` is not read again): what
 * `joblist fetch` does after loading the config, and what `joblist update` builds from in the same process.
 * `client` adjusts the HTTP client further (retry pacing in tests, embedding).
 */
export function fetchProject(project: Project, args: FetchArgs, client: HttpClientOptions = {}) {
  return fetchToFile(project, {
    sourcesFile: args.sources,
    out: args.out,
    now: args.now === undefined ? undefined : parseNow(args.now),
    cacheDir: args['cache-dir'],
    timeoutMs:
      args.timeout === undefined ? undefined : parseNumber(args.timeout, '--timeout', TIMEOUT) * 1000,
    allowLoopback: args['allow-loopback'],
    client,
    gone: async () => goneUrls(await readLinkState(join(project.root, DEFAULT_LINK_STATE))),
  });
}

/**
 * Runs `joblist fetch` and returns its outcome (exit code 0, 3 when some sources failed, 1 for bad input;
 * see sources' `fetchToFile`).
 */
export async function runFetch(args: FetchArgs, client: HttpClientOptions = {}): Promise<FetchOutcome> {
  let project: Project;
  try {
    project = await loadProject(args.config === undefined ? undefined : resolve(args.config));
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }
  return fetchProject(project, args, client);
}

/** `joblist fetch`: fetch every source into one validated, deduplicated snapshot. */
export default defineCommand({
  meta: COMMAND_META.fetch,
  args: {
    config: {
      type: 'string',
      description: 'Site config file (default: joblist.config.ts here or in a parent folder)',
    },
    out: { type: 'string', description: 'Snapshot to write (default: data/snapshot.json in the project)' },
    now: timeArg('ISO timestamp recorded as updatedAt when the jobs change (default: now)'),
    ...sourceArgs,
    ...jsonArg,
  },
  async run({ args }) {
    const run = async () => {
      const outcome = await runFetch(args);
      process.exitCode = outcome.code;
      return outcome;
    };
    await withJsonOutput(args.json, 'fetch', run, describeFetch);
  },
});
