/**
 * `pnpm tsx bench/shards.ts [--categories N] [--counts 1,4,8] [--turbo]`: the sharded run of issue 22 on 1,000
 * generated categories (config only). One fetch (the sample source) writes the snapshot; then, for N in
 * {1, 4, 8}, each shard i/N does what one publish job of `.github/workflows/publish.yml` does: `joblist
 * split --shard i/N`, the build (`joblist build --all --shard i/N`, or with `--turbo` Turbo filtered to the
 * shard's packages, as the workflow does) and `joblist publish --shard i/N` into 1,000 new local bare
 * repositories. On this machine the shards stand for separate runners: each runs alone, one after another,
 * and the row's figure is the slowest shard (what parallel runners take); all shards at once on this
 * machine are measured too, for information (notes). Every built file is hashed: N = 4 and 8 must build exactly
 * the bytes N = 1 builds. `shardRows` gives the rows to `pnpm bench` (bench/lib/report.ts).
 */

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Measurement, measure } from './lib/measure.ts';
import { createProject } from './lib/project.ts';
import { commandList, load, machine, type Row, resultsTable } from './lib/report.ts';
import { syntheticCategories } from './lib/synthetic.ts';

const NOW = '2026-11-27T20:30:00Z';
const BIN = 'node_modules/.bin/joblist';
/** The shard counts run by default: N = 1 (the base) first, then the sharded runs. */
const SHARD_COUNTS: readonly number[] = [1, 4, 8];

/** What {@link shardRows} runs. */
export interface ShardBenchOptions {
  /** Generated categories (default 1,000). */
  categories?: number;
  /** Shard counts to run, 1 (the base) first (default 1, 4, 8). */
  counts?: readonly number[];
  /** Build with Turbo filtered to the shard's packages (as the workflow does) instead of `build --all --shard`. */
  turbo?: boolean;
  /** Progress lines (stderr). */
  log?: (line: string) => void;
}

/** sha256 of every file under `dir`, by path relative to it. */
function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return hashes;
}

/** Files whose bytes differ between two hashed trees (or that only one has). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** The shell line of shard `index` of `count`: split, build, publish, into the folders of this N. */
function shardCommand(index: number, count: number, turbo: boolean): string {
  const shard = `--shard ${index}/${count}`;
  const build = turbo
    ? `filters=$(${BIN} shard ${shard} --filters); [ -z "$filters" ] || pnpm exec turbo run build --output-logs=errors-only $filters`
    : `${BIN} build --all ${shard} --out out/build-${count} >/dev/null`;
  const from = turbo ? '' : ` --from out/build-${count}`;
  return `${BIN} split ${shard} >/dev/null && ${build} && ${BIN} publish ${shard}${from} --remote 'out/repos-${count}/{repo}.git' >/dev/null`;
}

/** Where the build of `count` shards is: `out/build-<count>`, or (Turbo) each category's `dist`, copied there untimed. */
function keepBuild(dir: string, count: number, turbo: boolean): string {
  const target = join(dir, `out/build-${count}`);
  if (turbo)
    execFileSync(
      'sh',
      [
        '-c',
        `mkdir -p ${target} && for d in categories/*/dist; do cp -r "$d" "${target}/$(basename "$(dirname "$d")")"; done`,
      ],
      { cwd: dir },
    );
  return target;
}

/** Runs every shard of `count` at once on this machine; the wall clock of the whole, in seconds. */
async function allAtOnce(dir: string, count: number, turbo: boolean): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn('sh', ['-c', shardCommand(index + 1, count, turbo)], {
            cwd: dir,
            stdio: 'ignore',
          });
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`shard ${index + 1}/${count}: exit ${code}`)),
          );
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

/**
 * Removes what a run of `count` shards writes: its build, its repositories, the slices, dists, Turbo cache,
 * the remembered selection and the publish working copies (`out/work`), so each N starts as on fresh runners.
 * (Working copies left by an earlier N point at that N's repositories: each would be fetched, found foreign,
 * deleted and made again: 204 s of CPU for a shard of 250 instead of 140 s, measured, which no real runner pays.)
 */
const clean = (count: number) =>
  `rm -rf out/build-${count} out/repos-${count} out/work categories/*/dist categories/*/.slice.json .turbo node_modules/.cache/joblist/selection.json`;

/**
 * The sharded-run rows: for N = 4 and 8, the slowest shard run alone beside N = 1 (target: N = 4 at most a
 * third of N = 1), each checked byte for byte against N = 1's build. Notes: each shard's time, and all
 * shards at once on this machine. Runs in a temporary project, removed afterwards (`project` is its folder,
 * for `commandList`).
 */
export async function shardRows(
  options: ShardBenchOptions = {},
): Promise<{ rows: Row[]; notes: string[]; project: string }> {
  const log = options.log ?? (() => undefined);
  const turbo = options.turbo ?? false;
  const temp = mkdtempSync(join(tmpdir(), 'joblist-bench-shards-'));
  try {
    const dir = join(temp, 'project');
    const categories = syntheticCategories(options.categories ?? 1000);
    log(`project with ${categories.length} categories`);
    createProject(dir, { categories, sources: "[{ type: 'sample' }]" });
    log('one fetch (the sample source)');
    execFileSync('sh', ['-c', `${BIN} fetch --now ${NOW} >/dev/null`], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });

    const slowest = new Map<number, Measurement>();
    const hashes = new Map<number, Map<string, string>>();
    const notes: string[] = [];
    const rows: Row[] = [];
    const counts = options.counts ?? SHARD_COUNTS;
    if (counts[0] !== 1) throw new Error('the shard counts start with 1, the base');
    for (const count of counts) {
      const shards: Measurement[] = [];
      for (let index = 1; index <= count; index++) {
        log(`N = ${count}: shard ${index} alone`);
        // One run each (a second would publish into repositories already up to date); a fresh start for N
        // (repositories, builds, Turbo cache) before its first shard.
        shards.push(
          measure(shardCommand(index, count, turbo), {
            cwd: dir,
            runs: 1,
            ...(index === 1 && { before: clean(count) }),
          }),
        );
      }
      const worst = shards.reduce((a, b) => (b.wallSeconds > a.wallSeconds ? b : a));
      slowest.set(count, worst);
      hashes.set(count, hashTree(keepBuild(dir, count, turbo)));
      const repos = readdirSync(join(dir, `out/repos-${count}`)).length;
      notes.push(
        `N = ${count}: ${repos} repositories published; shards alone: ${shards.map((s) => `${s.wallSeconds.toFixed(2)} s`).join(', ')}.`,
      );
      if (count === 1) continue; // one shard alone is all of it
      log(`N = ${count}: all shards at once on this machine`);
      execFileSync('sh', ['-c', clean(count)], { cwd: dir });
      const parallel = await allAtOnce(dir, count, turbo);
      notes.push(`N = ${count}, all shards at once on this ${machine()}: ${parallel.toFixed(2)} s.`);
    }
    const base = slowest.get(1);
    const baseHashes = hashes.get(1) ?? new Map();
    if (!base) throw new Error('no N = 1 measurement');
    rows.push({
      key: 'shards-1',
      job: `sharded run, N = 1, ${categories.length} categories (split + build + publish)`,
      joblist: base,
      floor: base,
      target: 'the base',
      meets: undefined,
    });
    for (const count of counts.slice(1)) {
      const worst = slowest.get(count);
      if (!worst) continue;
      const diff = differences(baseHashes, hashes.get(count) ?? new Map());
      if (diff.length > 0)
        notes.push(
          `N = ${count} built different bytes than N = 1: ${diff.slice(0, 5).join(', ')}${diff.length > 5 ? ', …' : ''}`,
        );
      const target = count === 4 ? 1 / 3 : undefined;
      rows.push({
        key: `shards-${count}`,
        job: `sharded run, N = ${count}: slowest shard alone, ${categories.length} categories`,
        joblist: worst,
        floor: base,
        target: `${target === undefined ? 'for information' : '≤ 1/3 of N = 1'}; ${baseHashes.size} built files byte-identical to N = 1`,
        meets:
          (target === undefined || worst.wallSeconds <= target * base.wallSeconds) &&
          diff.length === 0 &&
          baseHashes.size > 0,
      });
    }
    return { rows, notes, project: dir };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const option = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const started = load();
  const { rows, notes, project } = await shardRows({
    categories: Number(option('categories') ?? 1000),
    counts: option('counts')?.split(',').map(Number),
    turbo: process.argv.includes('--turbo'),
    log: (line) => console.error(`bench shards: ${line}`),
  });
  console.log(`${machine()}; load ${started} at the start, ${load()} at the end\n`);
  console.log(resultsTable(rows));
  console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}\n`);
  console.log(commandList(rows, { [project]: '<project>' }));
}
