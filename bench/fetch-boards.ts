/**
 * Benchmark: N Greenhouse boards (default 200) behind loopback servers that answer each board after 100 ms,
 * fetched with the HTTP client at its default concurrency. `pnpm bench` runs it (and records it in
 * BENCHMARKS.md); alone: `pnpm exec tsx bench/fetch-boards.ts [boards] [hosts,...] [runs] [--json]`.
 *
 * The upstream runs in its own process (bench/fetch-boards-server.ts). Two layouts: every board on one
 * host (the per-host limit binds, as with real Greenhouse boards) and boards spread over 20 loopback
 * hosts (the overall limit binds). Each layout is measured twice: the client alone (one `http.json`
 * call per board) and the whole `fetchSources` pipeline (greenhouse adapter, validation, dedupe, sort). Each
 * measurement runs `runs` times (default 4) in one process; the first run is cold (modules load, JIT warms
 * up). Limit: 1.3 × (boards × 0.1 s / effective concurrency). `--json` prints one JSON line per layout.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createHttpClient, fetchSources, HTTP_DEFAULTS } from '@joblist/sources';

const [boardsArg, hostsArg, runsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const BOARDS = Number(boardsArg ?? 200);
const LAYOUTS = (hostsArg ?? '1,20').split(',').map(Number);
const RUNS = Number(runsArg ?? 4);
const JSON_OUTPUT = process.argv.includes('--json');
const DELAY_MS = 100;
const JOBS_PER_BOARD = 5;

/** Starts the upstream process and returns its base URLs and a stop function. */
async function startUpstream(hosts: number) {
  const server = fileURLToPath(new URL('./fetch-boards-server.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    [...process.execArgv, server, String(BOARDS), String(hosts), String(DELAY_MS)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const { baseUrls } = JSON.parse(line.toString()) as { baseUrls: string[] };
  const stop = async () => {
    child.stdin.end();
    await once(child, 'exit');
  };
  return { baseUrls, stop };
}

/** Board `i` and the base URL of the host serving it. */
function boards(baseUrls: string[]) {
  const perHost = Math.ceil(BOARDS / baseUrls.length);
  return Array.from({ length: BOARDS }, (_, i) => ({
    board: `board-${i}`,
    baseUrl: baseUrls[Math.floor(i / perHost)] ?? '',
  }));
}

async function time(task: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

for (const hosts of LAYOUTS) {
  const concurrency = Math.min(HTTP_DEFAULTS.concurrency, hosts * HTTP_DEFAULTS.perHostConcurrency);
  const ideal = (BOARDS * DELAY_MS) / concurrency;
  const limit = 1.3 * ideal;
  const upstream = await startUpstream(hosts);
  const list = boards(upstream.baseUrls);

  const client = await time(async () => {
    const http = createHttpClient({ allowLoopback: true });
    const payloads = await Promise.all(
      list.map(({ board, baseUrl }) => http.json<{ jobs: unknown[] }>(`${baseUrl}/v1/boards/${board}/jobs`)),
    );
    if (payloads.some((payload) => payload.jobs.length !== JOBS_PER_BOARD)) throw new Error('short payload');
  });
  const pipeline = await time(async () => {
    const sources = list.map(({ board, baseUrl }) => ({ type: 'greenhouse', board, baseUrl }));
    const snapshot = await fetchSources(sources, {
      http: createHttpClient({ allowLoopback: true }),
      cwd: process.cwd(),
      now: new Date(),
    });
    const failed = snapshot.sources.filter((source) => source.status !== 'ok').length;
    if (failed > 0 || snapshot.jobs.length !== BOARDS * JOBS_PER_BOARD)
      throw new Error(`${failed} sources failed`);
  });
  await upstream.stop();

  if (JSON_OUTPUT) {
    console.log(JSON.stringify({ boards: BOARDS, hosts, concurrency, ideal, client, pipeline }));
    continue;
  }
  console.log(
    `${hosts === 1 ? 'one host' : `${hosts} hosts`}: concurrency ${concurrency}, ideal ${seconds(ideal)}, limit ${seconds(limit)}`,
  );
  for (const [name, times] of [
    ['client', client],
    ['pipeline', pipeline],
  ] as const) {
    const warm = times.slice(1);
    const verdict = Math.max(...warm) <= limit ? 'PASS' : 'FAIL';
    console.log(
      `  ${name.padEnd(8)} cold ${seconds(times[0] ?? 0)}; warm ${warm.map(seconds).join(', ')} → ${verdict} (worst warm ${(Math.max(...warm) / limit).toFixed(2)} × limit)`,
    );
  }
}
