import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_LINK_STATE, goneUrls, readLinkState } from '@joblist/build';
import { loadProject, type Project } from '@joblist/config';
import { plural, readSnapshot, type Snapshot, serializeSnapshot } from '@joblist/core-model';
import { acquireLock, type Lock, writeFileAtomic } from '@joblist/io';
import {
  checkSourceConfigs,
  createHttpClient,
  createProgressReporter,
  fetchSources,
  type HttpClientOptions,
  refreshRates,
  sourceRegistry,
  withSampleSource,
} from '@joblist/sources';
import { defineCommand } from 'citty';
import { type NumberRange, numberArg, parseNow, parseNumber, timeArg } from '../_utils/args.ts';
import { type JsonBody, jsonArg, withJsonOutput } from '../json-output.ts';
import { COMMAND_META } from './meta.ts';

/** Exit code when the snapshot was written but one or more sources failed (their old jobs kept, stale). */
export const EXIT_SOURCES_FAILED = 3;
/** Exit code for bad input (a config, source list or previous snapshot that fails its checks); nothing is written. */
const EXIT_BAD_INPUT = 1;

/** `--timeout`: seconds, above 0. */
const TIMEOUT: NumberRange = { min: 0, above: true, fraction: true };

const shown = (file: string) => relative(process.cwd(), file) || file;

/** The source list to fetch, the folder its relative paths resolve against and the file it came from. */
interface SourceList {
  configs: unknown[];
  cwd: string;
  file: string;
}

async function readSourceList(project: Project, sourcesFile: string | undefined): Promise<SourceList> {
  if (sourcesFile === undefined) {
    return { configs: project.site.sources, cwd: project.root, file: shown(project.configFile) };
  }
  const file = resolve(sourcesFile);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown(file)}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${shown(file)}: expected a JSON array of source configs`);
  return { configs: data, cwd: dirname(file), file: shown(file) };
}

/** Every `categories` entry of every source must name a category of the project. */
function checkCategories(list: SourceList, project: Project): void {
  const known = new Set(project.categories.map((category) => category.id));
  list.configs.forEach((config, index) => {
    const categories = (config as { categories?: unknown })?.categories;
    if (!Array.isArray(categories)) return;
    categories.forEach((id, position) => {
      if (typeof id === 'string' && !known.has(id)) {
        throw new Error(
          `${list.file}: sources.${index}.categories.${position}: unknown category "${id}" (known: ${[...known].join(', ')})`,
        );
      }
    });
  });
}

async function readPrevious(out: string): Promise<Snapshot | undefined> {
  if (!existsSync(out)) return undefined;
  try {
    return await readSnapshot(out);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nThe previous snapshot is needed to keep the jobs of failing sources; fix or remove it.`,
    );
  }
}

/** The arguments of `joblist fetch`. */
export interface FetchArgs {
  config?: string;
  sources?: string;
  out?: string;
  now?: string;
  cacheDir?: string;
  /** Seconds before one HTTP attempt is abandoned. */
  timeout?: string;
  /** Lets sources reach 127.0.0.1 and ::1 (local fixtures, tests); every other internal address stays refused. */
  allowLoopback?: boolean;
}

/** The adapters a project's sources may use: the built-in ones and its `sample` source. */
const registryOf = (project: Project) => withSampleSource(sourceRegistry, project.categories);

/** What a fetch ended with: its exit code (see {@link runFetch}) and, unless that is 1, the snapshot it wrote and where. */
export interface FetchOutcome {
  code: number;
  snapshot?: Snapshot;
  file?: string;
}

/** A fetch's `--json` summary: the snapshot file, its time and jobs, and each source's status and counts. */
export function describeFetch(outcome: FetchOutcome): JsonBody {
  const { snapshot, file } = outcome;
  if (!snapshot) return { snapshot: null };
  return {
    snapshot: file === undefined ? null : shown(file),
    updatedAt: snapshot.updatedAt,
    jobs: snapshot.jobs.length,
    sources: snapshot.sources.map((source) => ({
      id: source.id,
      status: source.status,
      jobs: source.jobs,
      rejected: source.rejected.length,
      skipped: source.skipped.reduce((sum, entry) => sum + entry.count, 0),
      duplicates: source.duplicates,
      ...(source.error === undefined ? {} : { error: source.error }),
    })),
  };
}

/**
 * Runs `joblist fetch` and returns its outcome: exit code 0 when every source is ok, 3 when some failed
 * (the snapshot is still written, their previous jobs kept as stale), 1 for bad input (config, source
 * list, previous snapshot; nothing written). `client` adjusts the HTTP client further (retry pacing in
 * tests, embedding).
 */
export async function fetchOutcome(args: FetchArgs, client: HttpClientOptions = {}): Promise<FetchOutcome> {
  let project: Project;
  try {
    project = await loadProject(args.config === undefined ? undefined : resolve(args.config));
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }
  return fetchProject(project, args, client);
}

/** Runs `joblist fetch` and returns its exit code (see {@link fetchOutcome}). */
export async function runFetch(args: FetchArgs, client: HttpClientOptions = {}): Promise<number> {
  return (await fetchOutcome(args, client)).code;
}

/**
 * Fetches the sources of a loaded `project` into its snapshot (`args.config` is not read again): what
 * `joblist fetch` does after loading the config, and what `joblist update` builds from in the same process.
 */
export async function fetchProject(
  project: Project,
  args: FetchArgs,
  client: HttpClientOptions = {},
): Promise<FetchOutcome> {
  let list: SourceList;
  let now: Date;
  let out: string;
  let timeoutMs: number | undefined;
  let lock: Lock;
  try {
    now = args.now === undefined ? new Date() : parseNow(args.now);
    timeoutMs =
      args.timeout === undefined ? undefined : parseNumber(args.timeout, '--timeout', TIMEOUT) * 1000;
    list = await readSourceList(project, args.sources);
    checkCategories(list, project);
    out = args.out === undefined ? join(project.root, 'data', 'snapshot.json') : resolve(args.out);
    // A bad source config is refused before the lock is taken (or any folder made for it).
    checkSourceConfigs(list.configs, { registry: registryOf(project), configFile: list.file });
    // One fetch per snapshot at a time: a second one would read a previous snapshot about to be replaced.
    lock = await acquireLock(`${out}.lock`, { command: 'fetch', onWait: (line) => console.error(line) });
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }
  try {
    return await fetchLocked(args, client, { project, list, now, out, timeoutMs });
  } finally {
    await lock.release();
  }
}

/** What {@link fetchProject} resolved before taking the snapshot's lock. */
interface FetchPlan {
  project: Project;
  list: SourceList;
  now: Date;
  out: string;
  timeoutMs: number | undefined;
}

async function fetchLocked(
  args: FetchArgs,
  client: HttpClientOptions,
  plan: FetchPlan,
): Promise<FetchOutcome> {
  const { project, list, now, out, timeoutMs } = plan;
  let previous: Snapshot | undefined;
  try {
    previous = await readPrevious(out);
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }

  const http = createHttpClient({
    cacheDir: resolve(args.cacheDir ?? join(project.root, 'data', '.http-cache')),
    ...(timeoutMs !== undefined && { timeoutMs }),
    allowLoopback: args.allowLoopback === true,
    ...client,
  });
  const progress = createProgressReporter(process.stderr);
  let snapshot: Snapshot;
  try {
    snapshot = await fetchSources(list.configs, {
      http,
      cwd: list.cwd,
      previous,
      now,
      closedDays: project.site.history.closedDays,
      gone: goneUrls(await readLinkState(join(project.root, DEFAULT_LINK_STATE))),
      registry: registryOf(project),
      configFile: list.file,
      onProgress: (event) => progress.update(event),
    });
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  } finally {
    progress.finish();
  }
  const exchange = await refreshRates(http, project.site.salary.rates, previous?.rates);
  if (exchange.error) {
    const kept = exchange.rates ? `; the rates of ${exchange.rates.date} are kept` : '';
    console.error(`exchange rates: ${exchange.error}${kept}`);
  }
  if (exchange.rates) snapshot = { ...snapshot, rates: exchange.rates };

  await writeFileAtomic(out, serializeSnapshot(snapshot));
  const failed = snapshot.sources.filter((source) => source.status === 'failed');
  const rejected = snapshot.sources.reduce((sum, source) => sum + source.rejected.length, 0);
  console.log(
    `Wrote ${plural(snapshot.jobs.length, 'job')} from ${plural(snapshot.sources.length, 'source')} to ${shown(out)}` +
      `${rejected > 0 ? ` (${plural(rejected, 'rejection')} reported in its "sources")` : ''}.`,
  );
  if (failed.length === 0) return { code: 0, snapshot, file: out };
  console.error(`${plural(failed.length, 'source')} failed; their previous jobs are kept, marked stale:`);
  for (const source of failed)
    console.error(`  ${source.id}: ${source.error} (${source.jobs} stale jobs kept)`);
  return { code: EXIT_SOURCES_FAILED, snapshot, file: out };
}

/** The options of how sources are fetched, shared by `fetch` and `update`: the source list, HTTP cache and timeout. */
export const sourceArgs = {
  sources: {
    type: 'string',
    description: "JSON file with an array of source configs that replaces the site's list",
  },
  'cache-dir': {
    type: 'string',
    description: 'HTTP cache folder (default: data/.http-cache in the project)',
  },
  timeout: numberArg('Seconds before one HTTP request attempt is abandoned (default: 30)', TIMEOUT),
  'allow-loopback': {
    type: 'boolean',
    description:
      'Let sources reach 127.0.0.1 and ::1 (local fixtures, tests); other internal addresses stay refused',
  },
} as const;

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
    const fetchArgs = {
      config: args.config,
      sources: args.sources,
      out: args.out,
      now: args.now,
      cacheDir: args['cache-dir'],
      timeout: args.timeout,
      allowLoopback: args['allow-loopback'],
    };
    const run = async () => {
      const outcome = await fetchOutcome(fetchArgs);
      process.exitCode = outcome.code;
      return outcome;
    };
    await withJsonOutput(args.json, 'fetch', run, describeFetch);
  },
});
