import { loadProject, type Project } from '@joblist/config';
import { DEFAULT_SNAPSHOT } from '@joblist/core-model';
import { DEFAULT_HTTP_CACHE, describeFetch, fetchToFile, type HttpClientOptions } from '@joblist/sources';
import { defineCommand } from 'citty';
import { type NumberRange, numberArg, parseNow, parseNumber, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { commandMeta } from './meta.ts';

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

/** The arguments of `joblist fetch` that say how, as citty parses them. */
export type FetchArgs = Partial<Record<'out' | 'now' | 'sources' | 'cache-dir' | 'timeout', string>> & {
  'allow-loopback'?: boolean;
};

/**
 * Fetches the sources of `project` (loaded, or loading: `joblist fetch` reports a config that does not
 * load as bad input, exit 1) into its snapshot and returns the outcome (exit code 0, 3 when some sources
 * failed; see sources' `fetchToFile`); `joblist update` builds from it in the same process. `client`
 * adjusts the HTTP client further (retry pacing in tests, embedding).
 */
export function fetchProject(
  project: Project | Promise<Project>,
  args: FetchArgs,
  client: HttpClientOptions = {},
) {
  return fetchToFile(project, {
    sourcesFile: args.sources,
    out: args.out,
    now: args.now === undefined ? undefined : parseNow(args.now),
    cacheDir: args['cache-dir'],
    timeoutMs:
      args.timeout === undefined ? undefined : parseNumber(args.timeout, '--timeout', TIMEOUT) * 1000,
    allowLoopback: args['allow-loopback'],
    client,
  });
}

/** `joblist fetch`: fetch every source into one validated, deduplicated snapshot. */
export default defineCommand({
  meta: commandMeta('fetch'),
  args: {
    config: {
      type: 'string',
      description: 'Site config file (default: joblist.config.ts here or in a parent folder)',
    },
    out: { type: 'string', description: `Snapshot to write (default: ${DEFAULT_SNAPSHOT} in the project)` },
    now: timeArg('ISO timestamp recorded as updatedAt when the jobs change (default: now)'),
    ...sourceArgs,
    ...jsonArg,
  },
  async run({ args }) {
    const run = async () => {
      const outcome = await fetchProject(loadProject(args.config), args);
      process.exitCode = outcome.code;
      return outcome;
    };
    await withJsonOutput(args.json, 'fetch', run, describeFetch);
  },
});
