/**
 * `pnpm tsx bench/scale.ts [--repos N]` (default 1,000): issue 22's publish at scale, in process, through
 * the limited loopback GitHub (GitHub's own limits: 80 content-creating requests a minute and 500 an hour,
 * 900 points a minute per endpoint, 100 in flight, 6 pushes a minute per repository) on a simulated clock,
 * with a GitHub App's installation tokens (an hour each). Five runs: the first publish with `--create`
 * (all created, pushed, Pages on), a no-op run, a run where 10 % changed, then 10 % changed again in a run
 * stopped halfway (SIGTERM once half of them are published) and the next run, which must publish only the
 * rest. Prints a table: wall time, simulated time, the least time the limits allow, API requests, requests
 * answered over a limit, installation tokens minted, published · unchanged · skipped · failed.
 * `scaleRows` gives the same as rows of bench/lib/report.ts (simulated time against the minimum).
 */
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import {
  minimumContentTime,
  publishScale,
  type ScaleRun,
  startScale,
  writeBuilds,
} from '../packages/publish/test/_helpers/scale.ts';
import { makeTempDir } from '../test/_helpers/git.ts';
import { PROJECT_ROOT } from '../test/_helpers/workspace-copy.ts';
import type { Row } from './lib/report.ts';

const HOUR = 3_600_000;

/** One scenario's figures. */
export interface ScaleFigures {
  scenario: string;
  run: ScaleRun;
  /** The least simulated time GitHub's limits allow for the scenario's content-creating requests. */
  minimumMs: number;
  /** Installation tokens the App minted during the run (each lives an hour of the simulated clock). */
  tokensMinted: number;
}

/** Runs the three scenarios with `repos` repositories; `log` gets progress lines. */
export async function scaleFigures(repos: number, log: (line: string) => void): Promise<ScaleFigures[]> {
  const project = await loadProject(join(PROJECT_ROOT, 'joblist.config.ts'));
  const temp = makeTempDir('joblist-bench-scale-');
  const scale = await startScale(project, temp.dir, repos);
  const { contentPerMinute, contentPerHour } = scale.github.limiter.limits;
  try {
    const figures: ScaleFigures[] = [];
    const measure = async (scenario: string, minimumMs: number, signal?: AbortSignal) => {
      log(`${scenario}, ${repos} repositories`);
      const mintedBefore = scale.github.apps.minted.length;
      const run = await publishScale(project, temp.dir, scale, { signal });
      if (run.summary.counts.failed > 0) throw new Error(`${scenario}: ${run.summary.counts.failed} failed`);
      const tokensMinted = scale.github.apps.minted.length - mintedBefore;
      figures.push({ scenario, run, minimumMs, tokensMinted });
      log(
        `${scenario}: wall ${(run.wallMs / 1000).toFixed(1)} s, simulated ${duration(run.simulatedMs)} (minimum ${duration(minimumMs)}), ${run.requests} requests, ${run.overLimit} over a limit, ${tokensMinted} tokens minted`,
      );
      scale.clock.advance(HOUR); // the next scheduled run
      return run;
    };
    // Each repository: its creation and its Pages, two content-creating requests.
    await measure(
      'first publish (create, push, Pages)',
      minimumContentTime(2 * repos, contentPerMinute, contentPerHour),
    );
    await measure('no-op run', 0);
    const changed = scale.categories.slice(0, Math.ceil(repos / 10));
    writeBuilds(temp.dir, changed, new Date('2026-12-07T07:00:00Z'));
    await measure('10 % changed', 0);
    // Changed again; the run is stopped (as by SIGTERM) once half of those are published.
    writeBuilds(temp.dir, changed, new Date('2026-12-07T08:00:00Z'));
    const stop = new AbortController();
    const half = Math.ceil(changed.length / 2);
    const watching = setInterval(() => {
      if (scale.lines.filter((line) => / published [0-9a-f]+/u.test(line)).length >= half)
        stop.abort('SIGTERM');
    }, 5);
    scale.lines.length = 0;
    const stopped = await measure('10 % changed again, stopped halfway (SIGTERM)', 0, stop.signal).finally(
      () => clearInterval(watching),
    );
    const resumed = await measure('the next run after the stop', 0);
    const rest = changed.length - stopped.summary.counts.published;
    if (rest === 0 || resumed.summary.counts.published !== rest)
      throw new Error(
        `the stopped run left ${rest} of the ${changed.length} changed; the next published ${resumed.summary.counts.published} (too few repositories to stop halfway?)`,
      );
    return figures;
  } finally {
    await scale.close();
    temp.cleanup();
  }
}

const seconds = (ms: number) => ms / 1000;
const duration = (ms: number) => {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor((ms % HOUR) / 60_000);
  return `${Math.floor(ms / HOUR)} h ${String(minutes).padStart(2, '0')} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;
};

/** The scenarios as rows of bench/lib/report.ts: simulated time (joblist) against the least the limits allow (floor). */
export async function scaleRows(repos: number, log: (line: string) => void): Promise<Row[]> {
  return (await scaleFigures(repos, log)).map(({ scenario, run, minimumMs, tokensMinted }, index) => {
    const simulated = (ms: number, command: string) => ({
      command,
      runs: 1,
      wallSeconds: seconds(ms),
      cpuSeconds: Number.NaN,
      peakMiB: Number.NaN,
    });
    return {
      key: `scale-${index + 1}`,
      job: `publish at scale, ${repos} repositories: ${scenario} (simulated time; ${run.overLimit} over a limit; ${run.summary.counts.published} published, ${run.summary.counts.skipped} stopped; ${tokensMinted} tokens minted)`,
      joblist: simulated(run.simulatedMs, `bench/scale.ts --repos ${repos}`),
      floor: simulated(minimumMs, 'the least time the content-creation limit allows'),
      target: '≤ 1.1× floor, 0 over a limit, 0 failed',
      meets: run.overLimit === 0 && run.simulatedMs <= Math.max(minimumMs * 1.1, 60_000),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = process.argv.indexOf('--repos');
  const repos = index === -1 ? 1000 : Number(process.argv[index + 1]);
  const figures = await scaleFigures(repos, (line) => console.error(`bench: ${line}`));
  console.log(
    '| run | wall | simulated time | minimum allowed | API requests | over a limit | tokens minted | published · unchanged · skipped · failed |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { scenario, run, minimumMs, tokensMinted } of figures) {
    const { published, unchanged, skipped, failed } = run.summary.counts;
    console.log(
      `| ${scenario} | ${(run.wallMs / 1000).toFixed(1)} s | ${duration(run.simulatedMs)} | ${duration(minimumMs)} | ${run.requests} | ${run.overLimit} | ${tokensMinted} | ${published} · ${unchanged} · ${skipped} · ${failed} |`,
    );
  }
}
