import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  type Category,
  DEFAULT_LINK_STATE,
  DEFAULT_SNAPSHOT,
  goneUrls,
  plural,
  readLinkState,
  readSnapshot,
  type Site,
  type Snapshot,
  serializeSnapshot,
} from '@joblist/core-model';
import { acquireLock, type Lock, resolvePath, writeFileAtomic } from '@joblist/io';
import { checkSourceConfigs, fetchSources } from '../fetch-sources.ts';
import { createHttpClient, type HttpClientOptions } from '../http/client.ts';
import { refreshRates } from '../rates/refresh-rates.ts';
import { sourceRegistry } from '../registry.ts';
import { withSampleSource } from '../sample/source.ts';
import { createProgressReporter } from './progress.ts';

/** Exit code when the snapshot was written but one or more sources failed (their old jobs kept, stale). */
export const EXIT_SOURCES_FAILED = 3;
/** Exit code for bad input (a config, source list or previous snapshot that fails its checks); nothing is written. */
export const EXIT_BAD_INPUT = 1;

/** A project's HTTP cache folder, relative to its root. */
export const DEFAULT_HTTP_CACHE = 'data/.http-cache';

const shown = (file: string) => relative(process.cwd(), file) || file;

/** The loaded project a fetch reads its sources, categories and settings from. */
export interface FetchedProject {
  root: string;
  configFile: string;
  site: Site;
  categories: Category[];
}

/** How {@link fetchToFile} fetches: the source list, the snapshot it writes, the time and the HTTP client. */
export interface FetchToFileOptions {
  /** JSON file with an array of source configs that replaces the site's list. */
  sourcesFile?: string;
  /** The snapshot to write, relative to the current folder (default: core-model's `DEFAULT_SNAPSHOT` in the project). */
  out?: string;
  /** The time recorded as `updatedAt` when the jobs change (default: now). */
  now?: Date;
  /** HTTP cache folder, relative to the current folder (default: {@link DEFAULT_HTTP_CACHE} in the project). */
  cacheDir?: string;
  /** Milliseconds before one HTTP attempt is abandoned. */
  timeoutMs?: number;
  /** Lets sources reach 127.0.0.1 and ::1; every other internal address stays refused. */
  allowLoopback?: boolean;
  /** Adjusts the HTTP client further (retry pacing in tests, embedding). */
  client?: HttpClientOptions;
}

/** What a fetch ended with: its exit code and, unless that is 1, the snapshot it wrote and where. */
export interface FetchOutcome {
  code: number;
  snapshot?: Snapshot;
  file?: string;
}

/** The source list to fetch, the folder its relative paths resolve against and the file it came from. */
interface SourceList {
  configs: unknown[];
  cwd: string;
  file: string;
}

async function readSourceList(project: FetchedProject, sourcesFile: string | undefined): Promise<SourceList> {
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
function checkCategories(list: SourceList, project: FetchedProject): void {
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

/** The adapters a project's sources may use: the built-in ones and its `sample` source. */
const registryOf = (project: FetchedProject) => withSampleSource(sourceRegistry, project.categories);

/**
 * Fetches the sources of `project` (loaded, or loading: a config that does not load is bad input) into its
 * snapshot file, with progress and a summary on the console: exit code 0 when every source is ok, 3 when
 * some failed (the snapshot is still written, their previous jobs kept as stale), 1 for bad input (config,
 * source list, previous snapshot; nothing written).
 */
export async function fetchToFile(
  loading: FetchedProject | Promise<FetchedProject>,
  options: FetchToFileOptions,
): Promise<FetchOutcome> {
  let project: FetchedProject;
  let paths: Required<Pick<FetchToFileOptions, 'out' | 'now' | 'cacheDir'>>;
  let list: SourceList;
  let lock: Lock;
  try {
    project = await loading;
    paths = {
      out: resolvePath(options.out, project.root, DEFAULT_SNAPSHOT),
      now: options.now ?? new Date(),
      cacheDir: resolvePath(options.cacheDir, project.root, DEFAULT_HTTP_CACHE),
    };
    list = await readSourceList(project, options.sourcesFile);
    checkCategories(list, project);
    // A bad source config is refused before the lock is taken (or any folder made for it).
    checkSourceConfigs(list.configs, { registry: registryOf(project), configFile: list.file });
    // One fetch per snapshot at a time: a second one would read a previous snapshot about to be replaced.
    lock = await acquireLock(`${paths.out}.lock`, {
      command: 'fetch',
      onWait: (line) => console.error(line),
    });
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }
  try {
    return await fetchLocked(project, { ...options, ...paths }, list);
  } finally {
    await lock.release();
  }
}

async function fetchLocked(
  project: FetchedProject,
  options: FetchToFileOptions & Required<Pick<FetchToFileOptions, 'out' | 'now' | 'cacheDir'>>,
  list: SourceList,
): Promise<FetchOutcome> {
  const { out, timeoutMs } = options;
  let previous: Snapshot | undefined;
  try {
    previous = await readPrevious(out);
  } catch (error) {
    console.error((error as Error).message);
    return { code: EXIT_BAD_INPUT };
  }

  const http = createHttpClient({
    cacheDir: options.cacheDir,
    ...(timeoutMs !== undefined && { timeoutMs }),
    allowLoopback: options.allowLoopback === true,
    ...options.client,
  });
  const progress = createProgressReporter(process.stderr);
  let snapshot: Snapshot;
  try {
    snapshot = await fetchSources(list.configs, {
      http,
      cwd: list.cwd,
      previous,
      now: options.now,
      closedDays: project.site.history.closedDays,
      // The job pages `check-links` found gone, read once the snapshot's lock is held.
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

/** A fetch's `--json` summary: the snapshot file, its time and jobs, and each source's status and counts. */
export function describeFetch(outcome: FetchOutcome) {
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
