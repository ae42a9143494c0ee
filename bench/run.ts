/**
 * `pnpm bench`: measures each job of issues 9 and 23 beside its floor, in one run on this machine, and writes
 * BENCHMARKS.md, one table per Node version. Options: `--runs N` (default 5, medians), `--only a,b` (row keys:
 * help, peer, peer600k, build, million, turbo, publish, fetch; scale and shards only when named), `--node 24,20` (the majors to run on, default
 * both: the current LTS as `.ci/run` caches it, and this machine's 20.19+; one missing is skipped, saying so).
 * Synthetic data comes from deterministic generators (bench/lib/synthetic.ts); the peer rows read
 * SimplifyJobs listings from ../shared (read-only reference material) and are skipped, saying so, when it is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../test/_helpers/workspace-copy.ts';
import { type Measurement, measure } from './lib/measure.ts';
import { findNode, type NodeRuntime, nodeEnv } from './lib/nodes.ts';
import { createProject } from './lib/project.ts';
import { commandList, load, machine, nodeComparison, type Row, resultsTable } from './lib/report.ts';
import {
  scaledListings,
  syntheticCategories,
  syntheticSnapshot,
  writeLeanSnapshot,
} from './lib/synthetic.ts';
import { scaleRows } from './scale.ts';
import { shardRows } from './shards.ts';

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const RUNS = Number(option('runs') ?? 5);
const ONLY = option('only')?.split(',');
const wanted = (key: string) => ONLY === undefined || ONLY.includes(key);
const NODES = (option('node') ?? '24,20').split(',');
const LISTINGS = resolve(PROJECT_ROOT, '../shared/fixtures/simplify/listings.json');
const NOW = '2026-11-27T20:30:00Z';
const BIN = 'node_modules/.bin/joblist';
const FLOORS = join(PROJECT_ROOT, 'bench/floors');
/** Before a cold run: the last selection (which a run with the same snapshot and categories reuses) is dropped. */
const NO_SELECTION_CACHE = 'rm -f node_modules/.cache/joblist/selection.json';
/** Runs of the million-job row (each takes most of a minute). */
const MILLION_RUNS = Math.min(RUNS, 3);

const temp = mkdtempSync(join(tmpdir(), 'joblist-bench-'));
const notes: string[] = [];
const log = (line: string) => console.error(`bench: ${line}`);
const loadAtStart = load();
const categories = syntheticCategories(100);

/** The 600,000 listings, written once for every Node. */
let scaledFile: string | undefined;
function scaled(): string {
  if (scaledFile === undefined) {
    scaledFile = join(temp, 'listings-600k.json');
    writeFileSync(scaledFile, scaledListings(JSON.parse(readFileSync(LISTINGS, 'utf8')), 100));
  }
  return scaledFile;
}

/** Every wanted row on `node`, in projects of its own (a code cache is per Node version). */
function measureRows(node: NodeRuntime): Row[] {
  const rows: Row[] = [];
  const env = nodeEnv(node);
  const base = join(temp, `node-${node.major}`);
  mkdirSync(base);
  const log = (line: string) => console.error(`bench (Node ${node.version}): ${line}`);

  /**
   * The peer job on `listings` (a listings.json path): `joblist update` (fetch + build in one process) of every
   * open listing vs the plain-Node floor; `readerFiles` false writes the README and archive only, as the peer does.
   */
  function peerRow(
    key: string,
    name: string,
    listings: string,
    readerFiles: boolean,
    target: { ratio: number; peakMiB?: number },
  ): Row {
    const dir = join(base, key);
    const [category] = syntheticCategories(1);
    if (!category) throw new Error('no category');
    createProject(dir, {
      categories: [category],
      // The 600,000 listings (276 MB) are over the default memory bounds (64 MiB, 100,000 records): raised here.
      sources: `[{ type: 'simplify', path: ${JSON.stringify(listings)}, categories: ['${category.id}'], maxBytes: 1e9, maxRecords: 1e6 }]`,
      readerFiles,
    });
    const joblist = measure(`${BIN} update --now ${NOW} --limit 0 --window-days 0 --out out/peer`, {
      cwd: dir,
      runs: RUNS,
      env,
      before: 'rm -rf data/snapshot.json data/.http-cache out/peer',
    });
    const floor = measure(`node ${FLOORS}/peer-readme.mjs ${listings} out/floor.md`, {
      cwd: dir,
      runs: RUNS,
      env,
    });
    const ratio = joblist.wallSeconds / floor.wallSeconds;
    const memoryOk = target.peakMiB === undefined || joblist.peakMiB <= target.peakMiB;
    const memoryText =
      target.peakMiB === undefined ? '' : `, peak ≤ ${(target.peakMiB / 1024).toFixed(1)} GiB`;
    return {
      key,
      job: name,
      joblist,
      floor,
      target: `≤ ${target.ratio}× floor${memoryText}`,
      meets: ratio <= target.ratio && memoryOk,
    };
  }

  if (wanted('peer') || wanted('peer600k')) {
    if (!existsSync(LISTINGS)) {
      if (!notes.some((note) => note.includes(LISTINGS)))
        notes.push(`Peer rows skipped: ${LISTINGS} (read-only reference material in ../shared) is absent.`);
    } else {
      if (wanted('peer')) {
        log('peer job, 6,000 listings');
        rows.push(
          peerRow('peer', '6,000 Simplify listings → README of every open listing', LISTINGS, false, {
            ratio: 1.5,
          }),
          peerRow(
            'peer-readers',
            'the same, with every reader file (jobs.json, feeds, index.html)',
            LISTINGS,
            true,
            { ratio: 1.4 },
          ),
        );
      }
      if (wanted('peer600k')) {
        log('peer job, 600,000 listings');
        rows.push(
          peerRow(
            'peer600k',
            '600,000 listings (×100, each copy distinct), with every reader file',
            scaled(),
            true,
            { ratio: 0.65, peakMiB: 1536 },
          ),
        );
      }
    }
  }

  const big = join(base, 'p100');
  if (['help', 'build', 'turbo', 'publish'].some(wanted)) {
    log('project: 100 categories, 100,000-job snapshot');
    createProject(big, { categories, sources: '[]', snapshot: syntheticSnapshot(100_000, categories, NOW) });
  }

  if (wanted('help')) {
    log('joblist --help');
    const joblist = measure(`${BIN} --help`, { cwd: big, runs: RUNS, env });
    const floor = measure(`node -e ''`, { cwd: big, runs: RUNS, env });
    const meets = joblist.wallSeconds <= 2 * floor.wallSeconds;
    rows.push({
      key: 'help',
      job: '`joblist --help`',
      joblist,
      floor,
      target: '≤ 2× `node -e` (near it)',
      meets,
    });
  }

  let buildAll: Measurement | undefined;
  if (wanted('build') || wanted('turbo')) {
    log('build --all');
    buildAll = measure(`${BIN} build --all --out out/build`, {
      cwd: big,
      runs: RUNS,
      env,
      before: NO_SELECTION_CACHE,
    });
    const floor = measure(`node ${FLOORS}/read-snapshot.mjs data/snapshot.json`, {
      cwd: big,
      runs: RUNS,
      env,
    });
    const meets = buildAll.wallSeconds <= 3 * floor.wallSeconds && buildAll.peakMiB < 1024;
    rows.push({
      key: 'build',
      job: '`build --all`, 100 categories × 100k jobs',
      joblist: buildAll,
      floor,
      target: '≤ 3× reading + JSON.parse, < 1 GiB',
      meets,
    });
  }

  if (wanted('million')) {
    log('build --all --limit 0, 100,000 and 1,000,000 jobs');
    const four = syntheticCategories(4);
    const run = (jobs: number) => {
      const dir = join(base, `lean-${jobs}`);
      createProject(dir, { categories: four, sources: '[]' });
      // Written after the project's commit: git need not hash half a gigabyte.
      writeLeanSnapshot(join(dir, 'data/snapshot.json'), jobs, four, NOW);
      const command = `${BIN} build --all --limit 0 --window-days 0 --out out/build`;
      return measure(command, {
        cwd: dir,
        runs: MILLION_RUNS,
        env,
        before: `rm -rf out/build && ${NO_SELECTION_CACHE}`,
      });
    };
    const tenth = run(100_000);
    const million = run(1_000_000);
    rows.push({
      key: 'million',
      job: '`build --all --limit 0`, 4 categories × 1,000,000 lean jobs (floor: the same × 100,000)',
      joblist: million,
      floor: tenth,
      target: 'peak < 2 GiB, linear: ≤ 11× the 100,000 run',
      meets: million.peakMiB < 2048 && million.wallSeconds <= 11 * tenth.wallSeconds,
    });
  }

  if (wanted('turbo') && buildAll) {
    log('Turbo cold and warm');
    const cold = measure('pnpm build', {
      cwd: big,
      runs: RUNS,
      env,
      before: `rm -rf .turbo categories/*/dist && ${NO_SELECTION_CACHE}`,
    });
    const warm = measure('pnpm build', { cwd: big, runs: RUNS, env });
    const small = join(base, 'p100-small');
    createProject(small, { categories, sources: '[]', snapshot: syntheticSnapshot(200, categories, NOW) });
    measure('pnpm build', { cwd: small, runs: 1, env });
    const smallWarm = measure('pnpm build', { cwd: small, runs: RUNS, env });
    // What 100 Turbo tasks cost before any work: each category's build only starts Node (`node -e ''`).
    for (const category of categories) {
      const file = join(small, 'categories', category.id, 'package.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { scripts: Record<string, string> };
      manifest.scripts.build = "node -e ''";
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    const bare = measure('pnpm exec turbo run build --force', { cwd: small, runs: RUNS, env });
    rows.push(
      {
        key: 'turbo-cold',
        job: 'Turbo cold `pnpm build`, 100 categories, 100k jobs (floor: the row of 100 Node-only tasks)',
        joblist: cold,
        floor: bare,
        target: '≤ 1.5× 100 Node-only tasks',
        meets: cold.wallSeconds <= 1.5 * bare.wallSeconds,
      },
      {
        key: 'turbo-warm',
        job: 'Turbo warm `pnpm build` (all hits), 100 categories, 100k jobs',
        joblist: warm,
        floor: smallWarm,
        target: '≤ 2 s (floor: same with a 200-job snapshot)',
        meets: warm.wallSeconds <= 2,
      },
      {
        key: 'turbo-bare',
        job: "Turbo, 100 tasks that only start Node (`node -e ''`), no cache hits (floor: `build --all`)",
        joblist: bare,
        floor: buildAll,
        target: 'for information: the least a cold `pnpm build` can take',
        meets: undefined,
      },
    );
  }

  if (wanted('publish')) {
    log('publish --all, twice');
    const publish = `${BIN} publish --all --from out/build`;
    execFileSync('sh', ['-c', `${BIN} build --all --out out/build && ${publish}`], {
      cwd: big,
      env,
      stdio: 'ignore',
    });
    const second = measure(publish, { cwd: big, runs: RUNS, env });
    const lsRemote = 'for repo in out/repos/*.git; do git ls-remote "$repo" >/dev/null; done';
    const floor = measure(lsRemote, { cwd: big, runs: RUNS, env });
    rows.push({
      key: 'publish',
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
        node.binary,
        [
          ...process.execArgv,
          join(PROJECT_ROOT, 'bench/fetch-boards.ts'),
          String(boards),
          hosts,
          String(RUNS + 1),
          '--json',
        ],
        { cwd: PROJECT_ROOT, env, encoding: 'utf8' },
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
          key: `fetch-${boards}-${result.hosts}`,
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
  rmSync(base, { recursive: true, force: true });
  return rows;
}

const tables: Array<{ node: NodeRuntime; rows: Row[] }> = [];
for (const major of NODES) {
  const node = findNode(major);
  if (node === undefined) {
    notes.push(
      `Node ${major} skipped: not installed (\`.ci/run\` installs Node 24 into ~/.cache/joblist/node-24).`,
    );
    continue;
  }
  log(`Node ${node.version} (${node.binary})`);
  tables.push({ node, rows: measureRows(node) });
}

/**
 * The scale-out rows (issue 22), only when named in `--only` (at 1,000 repositories they take hours on a small
 * machine), on the Node running this script: publishing through the limited loopback GitHub on a simulated
 * clock (`scale`, `--scale-repos N`, default 1,000) and sharded runs N = 1, 4, 8 (`shards`,
 * `--shard-categories N`, default 1,000; `--shard-counts 1,4` to run fewer than N = 1, 4, 8).
 */
const scaleOut: Row[] = [];
const scaleCommands: string[] = [];
if (ONLY?.includes('scale')) {
  scaleOut.push(...(await scaleRows(Number(option('scale-repos') ?? 1000), log)));
  scaleCommands.push(commandList(scaleOut, {}));
}
const shardOut: Row[] = [];
const shardNotes: string[] = [];
const shardCommands: string[] = [];
if (ONLY?.includes('shards')) {
  const result = await shardRows({
    categories: Number(option('shard-categories') ?? 1000),
    counts: option('shard-counts')?.split(',').map(Number),
    log,
  });
  shardOut.push(...result.rows);
  shardNotes.push(...result.notes);
  shardCommands.push(commandList(result.rows, { [result.project]: '<project>' }));
}

rmSync(temp, { recursive: true, force: true });

const today = new Date().toISOString().slice(0, 10);
const paths = { [resolve(PROJECT_ROOT, '../shared')]: '../shared', [PROJECT_ROOT]: '.', [temp]: '$TMP' };
const commandLine = `pnpm bench ${process.argv.slice(2).join(' ')}`.trim();

/** The tables of the jobs measured on each Node (issues 9, 16, 23), with their data, commands and floors. */
const mainSection = () => `Written by \`${commandLine}\` on ${today}.
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
URLs and company names. The million-job row's snapshot has 4 categories and lean jobs (no description, no
company URL) so a million fit under the snapshot size cap; its floor is the same build of 100,000 such jobs
(${MILLION_RUNS} runs each).

${tables.map(({ node, rows }) => `### Node ${node.version}\n\n${resultsTable(rows)}\n`).join('\n')}
${tables.length > 1 ? `### Node ${tables[0]?.node.version} against Node ${tables[1]?.node.version}\n\n${nodeComparison(tables[0]?.rows ?? [], tables[1]?.rows ?? [])}\n\n` : ''}${notes.map((note) => `${note}\n`).join('')}
### Commands

Every row runs each Node in turn, its folder first on \`PATH\` (so \`node\`, pnpm's and Turbo's children use it).

${commandList(tables[0]?.rows ?? [], paths)}

### Floors

- **Peer job**: \`bench/floors/peer-readme.mjs\`, plain Node: read the listings, keep the open ones
  (\`active\`, not hidden), newest first, write one Markdown table. joblist does the same in one process,
  \`update --limit 0 --window-days 0\`: fetch (validation, normalisation, deduplication, the snapshot written)
  then build (every row, stats, README and archive). The peer writes one README, so its site has
  \`readerFiles: false\`; the row below it is the default, with \`jobs.json\`, both feeds and \`index.html\` too.
- **\`build --all\`**: \`bench/floors/read-snapshot.mjs\`: read the snapshot and \`JSON.parse\` it.
- **Turbo cold**: the row of 100 Node-only tasks (Turbo over the same 100 category packages whose \`build\`
  only starts Node): no cold \`pnpm build\` of 100 category tasks can be faster than that row, itself shown
  against \`build --all\`. **Turbo warm**: the same warm \`pnpm build\` with a 200-job snapshot.
- **Million jobs**: the same \`build --all --limit 0\` over 100,000 lean jobs: ratio 10× is linear time.
- **publish**: \`git ls-remote\` of each of the 100 repositories, one after the other.
- **fetch**: the ideal time at the client's default concurrency (16 in flight, 8 per host).
`;

/** A scale-out section (issue 22), on the Node running this script: its provenance, what it measures, rows, notes and commands. */
const scaleOutSection =
  (what: string, rows: readonly Row[], notes: readonly string[], commands: readonly string[]) => () =>
    `Written by \`${commandLine}\` on ${today}, on Node ${process.version} (the Node running \`bench/run.ts\`).
**Machine.** ${machine()}; 1-minute load average ${loadAtStart} at the start, ${load()} at the end. ${what}

${resultsTable(rows)}

${notes.map((note) => `- ${note}\n`).join('')}
Commands:

${commands.join('\n')}
`;

/** A section of BENCHMARKS.md between its markers: written by this run, or carried over from the last run that measured it. */
const previous = existsSync(join(PROJECT_ROOT, 'BENCHMARKS.md'))
  ? readFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), 'utf8')
  : '';
const section = (name: string, title: string, measured: boolean, body: () => string) => {
  const [open, close] = [`<!-- ${name} -->`, `<!-- /${name} -->`];
  if (measured) return `${open}\n## ${title}\n\n${body()}\n${close}\n`;
  const from = previous.indexOf(open);
  const to = previous.indexOf(close);
  return from === -1 || to === -1 ? '' : `${previous.slice(from, to + close.length)}\n`;
};

const document = `# Benchmarks

Written by \`pnpm bench\` (\`bench/run.ts\`); do not edit by hand. Each section says which run wrote it: a run
measures the jobs of one section (\`--only\` picks rows) and keeps the other as the last run left it.

${section(
  'jobs',
  'Jobs beside their floors',
  tables.some(({ rows }) => rows.length > 0),
  mainSection,
)}
${section(
  'scale',
  'Scale-out: publishing at scale',
  scaleOut.length > 0,
  scaleOutSection(
    "Publishing goes through the loopback GitHub (`packages/loopback-github`) with GitHub's own limits on a simulated clock: each run's time is the simulated one, against the least time the content-creation limit allows.",
    scaleOut,
    [],
    scaleCommands,
  ),
)}
${section(
  'shards',
  'Scale-out: sharded runs',
  shardOut.length > 0,
  scaleOutSection(
    "Each shard runs alone, one after another, standing for parallel runners (`bench/shards.ts`): a row's figure is its slowest shard.",
    shardOut,
    shardNotes,
    shardCommands,
  ),
)}`;
writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), document);
log('wrote BENCHMARKS.md');
