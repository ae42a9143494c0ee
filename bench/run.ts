/**
 * `pnpm bench`: measures each job of issue 9 beside its floor, in one run on this machine, and writes
 * BENCHMARKS.md. Options: `--runs N` (default 5, medians), `--only a,b` (row keys: help, peer, peer600k,
 * build, turbo, publish, fetch). Synthetic data comes from deterministic generators (bench/lib/synthetic.ts);
 * the peer rows read SimplifyJobs listings from ../shared (read-only reference material) and are skipped,
 * saying so, when it is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../test/_helpers/workspace-copy.ts';
import { type Measurement, measure } from './lib/measure.ts';
import { createProject } from './lib/project.ts';
import { commandList, load, machine, type Row, resultsTable } from './lib/report.ts';
import { scaledListings, syntheticCategories, syntheticSnapshot } from './lib/synthetic.ts';

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const RUNS = Number(option('runs') ?? 5);
const ONLY = option('only')?.split(',');
const wanted = (key: string) => ONLY === undefined || ONLY.includes(key);
const LISTINGS = resolve(PROJECT_ROOT, '../shared/fixtures/simplify/listings.json');
const NOW = '2026-11-27T20:30:00Z';
const BIN = 'node_modules/.bin/joblist';
const FLOORS = join(PROJECT_ROOT, 'bench/floors');

const temp = mkdtempSync(join(tmpdir(), 'joblist-bench-'));
const rows: Row[] = [];
const notes: string[] = [];
const log = (line: string) => console.error(`bench: ${line}`);
const loadAtStart = load();

/**
 * The peer job on `listings` (a listings.json path): `joblist update` (fetch + build in one process) of every
 * open listing vs the plain-Node floor. The peer writes one README, so the site writes the README and archive
 * only (`readerFiles: false`); `target` undefined measures the default, every reader file too, for information.
 */
function peerRow(
  key: string,
  name: string,
  listings: string,
  target: { ratio: number; peakMiB?: number } | undefined,
): Row {
  const dir = join(temp, key);
  const [category] = syntheticCategories(1);
  if (!category) throw new Error('no category');
  createProject(dir, {
    categories: [category],
    // The 600,000 listings (276 MB) are over the default memory bounds (64 MiB, 100,000 records): raised here.
    sources: `[{ type: 'simplify', path: ${JSON.stringify(listings)}, categories: ['${category.id}'], maxBytes: 1e9, maxRecords: 1e6 }]`,
    readerFiles: target === undefined,
  });
  const joblist = measure(`${BIN} update --now ${NOW} --limit 0 --window-days 0 --out out/peer`, {
    cwd: dir,
    runs: RUNS,
    before: 'rm -rf data/snapshot.json data/.http-cache out/peer',
  });
  const floor = measure(`node ${FLOORS}/peer-readme.mjs ${listings} out/floor.md`, { cwd: dir, runs: RUNS });
  if (target === undefined) return { job: name, joblist, floor, target: 'for information', meets: undefined };
  const ratio = joblist.wallSeconds / floor.wallSeconds;
  const memoryOk = target.peakMiB === undefined || joblist.peakMiB <= target.peakMiB;
  const memoryText = target.peakMiB === undefined ? '' : `, peak ≤ ${(target.peakMiB / 1024).toFixed(1)} GiB`;
  return {
    job: name,
    joblist,
    floor,
    target: `≤ ${target.ratio}× floor${memoryText}`,
    meets: ratio <= target.ratio && memoryOk,
  };
}

if (wanted('peer') || wanted('peer600k')) {
  if (!existsSync(LISTINGS)) {
    notes.push(`Peer rows skipped: ${LISTINGS} (read-only reference material in ../shared) is absent.`);
  } else {
    if (wanted('peer')) {
      log('peer job, 6,000 listings');
      rows.push(
        peerRow('peer', '6,000 Simplify listings → README of every open listing', LISTINGS, { ratio: 1.5 }),
        peerRow(
          'peer-readers',
          'the same, with every reader file (jobs.json, feeds, index.html)',
          LISTINGS,
          undefined,
        ),
      );
    }
    if (wanted('peer600k')) {
      log('peer job, 600,000 listings');
      const scaled = join(temp, 'listings-600k.json');
      writeFileSync(scaled, scaledListings(JSON.parse(readFileSync(LISTINGS, 'utf8')), 100));
      rows.push(
        peerRow('peer600k', '600,000 listings (×100, each copy distinct)', scaled, {
          ratio: 1.5,
          peakMiB: 1536,
        }),
      );
    }
  }
}

const categories = syntheticCategories(100);
const big = join(temp, 'p100');
const needsBig = ['help', 'build', 'turbo', 'publish'].some(wanted);
if (needsBig) {
  log('project: 100 categories, 100,000-job snapshot');
  createProject(big, { categories, sources: '[]', snapshot: syntheticSnapshot(100_000, categories, NOW) });
}

if (wanted('help')) {
  log('joblist --help');
  const joblist = measure(`${BIN} --help`, { cwd: big, runs: RUNS });
  const floor = measure(`node -e ''`, { cwd: big, runs: RUNS });
  const meets = joblist.wallSeconds <= 2 * floor.wallSeconds;
  rows.push({ job: '`joblist --help`', joblist, floor, target: '≤ 2× `node -e` (near it)', meets });
}

let buildAll: Measurement | undefined;
if (wanted('build') || wanted('turbo')) {
  log('build --all');
  buildAll = measure(`${BIN} build --all --out out/build`, { cwd: big, runs: RUNS });
  const floor = measure(`node ${FLOORS}/read-snapshot.mjs data/snapshot.json`, { cwd: big, runs: RUNS });
  const meets = buildAll.wallSeconds <= 3 * floor.wallSeconds && buildAll.peakMiB < 1024;
  rows.push({
    job: '`build --all`, 100 categories × 100k jobs',
    joblist: buildAll,
    floor,
    target: '≤ 3× reading + JSON.parse, < 1 GiB',
    meets,
  });
}

if (wanted('turbo') && buildAll) {
  log('Turbo cold and warm');
  const cold = measure('pnpm build', { cwd: big, runs: RUNS, before: 'rm -rf .turbo categories/*/dist' });
  rows.push({
    job: 'Turbo cold `pnpm build`, 100 categories, 100k jobs',
    joblist: cold,
    floor: buildAll,
    target: '≤ 1.5× `build --all`',
    meets: cold.wallSeconds <= 1.5 * buildAll.wallSeconds,
  });
  const warm = measure('pnpm build', { cwd: big, runs: RUNS });
  const small = join(temp, 'p100-small');
  createProject(small, { categories, sources: '[]', snapshot: syntheticSnapshot(200, categories, NOW) });
  measure('pnpm build', { cwd: small, runs: 1 });
  const smallWarm = measure('pnpm build', { cwd: small, runs: RUNS });
  rows.push({
    job: 'Turbo warm `pnpm build` (all hits), 100 categories, 100k jobs',
    joblist: warm,
    floor: smallWarm,
    target: '≤ 2 s (floor: same with a 200-job snapshot)',
    meets: warm.wallSeconds <= 2,
  });
  // What 100 Turbo tasks cost before any work: each category's build only starts Node (`node -e 0`).
  for (const category of categories) {
    const file = join(small, 'categories', category.id, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { scripts: Record<string, string> };
    manifest.scripts.build = "node -e ''";
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const bare = measure('pnpm exec turbo run build --force', { cwd: small, runs: RUNS });
  rows.push({
    job: "Turbo, 100 tasks that only start Node (`node -e ''`), no cache hits",
    joblist: bare,
    floor: buildAll,
    target: 'for information: the least a cold `pnpm build` can take',
    meets: undefined,
  });
}

if (wanted('publish')) {
  log('publish --all, twice');
  const publish = `${BIN} publish --all --from out/build`;
  execFileSync('sh', ['-c', `${BIN} build --all --out out/build && ${publish}`], {
    cwd: big,
    stdio: 'ignore',
  });
  const second = measure(publish, { cwd: big, runs: RUNS });
  const lsRemote = 'for repo in out/repos/*.git; do git ls-remote "$repo" >/dev/null; done';
  const floor = measure(lsRemote, { cwd: big, runs: RUNS });
  rows.push({
    job: 'second `publish --all`, nothing changed, 100 repos',
    joblist: second,
    floor,
    target: '≤ 10× 100 × `git ls-remote`',
    meets: second.wallSeconds <= 10 * floor.wallSeconds,
  });
}

if (wanted('fetch')) {
  for (const [boards, hosts] of [
    [200, '1,20'],
    [2000, '20'],
  ] as const) {
    log(`fetch, ${boards} boards`);
    const output = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        join(PROJECT_ROOT, 'bench/fetch-boards.ts'),
        String(boards),
        hosts,
        String(RUNS + 1),
        '--json',
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    for (const line of output.trim().split('\n')) {
      const result = JSON.parse(line) as {
        hosts: number;
        concurrency: number;
        ideal: number;
        pipeline: number[];
      };
      const warm = result.pipeline.slice(1).sort((a, b) => a - b);
      const median = (warm[Math.floor(warm.length / 2)] ?? 0) / 1000;
      const timed = (command: string, wallSeconds: number): Measurement => ({
        command,
        runs: warm.length,
        wallSeconds,
        cpuSeconds: Number.NaN,
        peakMiB: Number.NaN,
      });
      rows.push({
        job: `fetch, ${boards} Greenhouse boards on ${result.hosts} host(s), 100 ms each`,
        joblist: timed(
          `tsx bench/fetch-boards.ts ${boards} ${result.hosts} (fetchSources, warm runs)`,
          median,
        ),
        floor: timed(`⌈boards / concurrency ${result.concurrency}⌉ × 0.1 s`, result.ideal / 1000),
        target: '≤ 1.3× ideal',
        meets: median <= (1.3 * result.ideal) / 1000,
      });
    }
  }
}

rmSync(temp, { recursive: true, force: true });

const document = `# Benchmarks

Written by \`pnpm bench\` (\`bench/run.ts\`) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.
Every figure is the median of ${RUNS} runs of a whole process (\`/usr/bin/time\`: wall clock, user + system
CPU, peak resident memory of the largest process), joblist and its floor measured in the same run, in
temporary copies of this project. The CLI is \`${BIN}\` (the precompiled bundle, \`scripts/dist\`).

**Machine.** ${machine()}; 1-minute load average ${loadAtStart} at the start, ${load()} at the end (the
machine is shared: when it is busy, wall clock stretches and the CPU ratio is the steadier figure).

**Data.** Synthetic and deterministic (\`bench/lib/synthetic.ts\`): 100 generated categories (config only:
\`category.config.ts\` + \`package.json\` each, one title keyword per category) and a 100,000-job snapshot
(30 days of postings, about half the titles distinct, a tenth with explicit membership). The peer rows read
SimplifyJobs' \`listings.json\` from \`../shared/fixtures/simplify\` (read-only reference material, not part
of this project; skipped when absent); 600,000 listings are 100 copies of it, each copy with its own ids,
URLs and company names.

${resultsTable(rows)}

${notes.map((note) => `${note}\n`).join('')}
## Commands

${commandList(rows, { [resolve(PROJECT_ROOT, '../shared')]: '../shared', [PROJECT_ROOT]: '.', [temp]: '$TMP' })}

## Floors

- **Peer job**: \`bench/floors/peer-readme.mjs\`, plain Node: read the listings, keep the open ones
  (\`active\`, not hidden), newest first, write one Markdown table. joblist does the same in one process,
  \`update --limit 0 --window-days 0\`: fetch (validation, normalisation, deduplication, the snapshot written)
  then build (every row, stats, README and archive). The peer writes one README, so its site has
  \`readerFiles: false\`; the row below it is the default, with \`jobs.json\`, both feeds and \`index.html\` too.
- **\`build --all\`**: \`bench/floors/read-snapshot.mjs\`: read the snapshot and \`JSON.parse\` it.
- **Turbo cold**: \`build --all\` on the same data; **Turbo warm**: the same warm \`pnpm build\` with a
  200-job snapshot. The row after them runs Turbo over the same 100 category packages whose \`build\` only
  starts Node: no cold \`pnpm build\` of 100 category tasks can be faster than that row.
- **publish**: \`git ls-remote\` of each of the 100 repositories, one after the other.
- **fetch**: the ideal time at the client's default concurrency (16 in flight, 8 per host).
`;
writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), document);
log('wrote BENCHMARKS.md');
