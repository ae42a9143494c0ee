/**
 * Benchmark: one category README and its archive file rendered from 100,000 rows (no limit), as
 * `joblist build` renders them. Run from the repository root with
 * `pnpm --dir scripts exec tsx ../bench/render.ts`; perf records the figures in BENCHMARKS.md.
 *
 * The rows are the synthetic sample generator's jobs, every seventh one with a title carrying characters
 * the cell escaper has to look at (`&`, `*`, `_`, `<`, `@`, `www.`), so the escaper's slow paths count.
 * Each measurement runs 5 times in one process after one warm-up run; the medians of wall and CPU time
 * (this process's user + system time, steadier on a shared machine) are printed.
 *
 * `BENCH_WRITER=<path to a markdown-writer src/index.ts>` measures another version of the writer (e.g.
 * an export of an older commit placed beside `packages/` so its `node_modules` links resolve): one without
 * `renderFiles` renders README and archive separately, as builds did before the table was shared.
 */

import { loadProject } from '@joblist/config';
import { JobSchema, parseOrThrow } from '@joblist/core-model';
import type * as Writer from '@joblist/markdown-writer';
import { generateSampleJobs, SAMPLE_AS_OF } from '@joblist/sources';
import { computeStats } from '@joblist/stats';

const ROWS = 100_000;
const RUNS = 5;
const TRICKY = [
  'PHP & Laravel',
  'AT&amp;T',
  'React*',
  'snake_case_name',
  'a <b> tag',
  'ops@acme.example',
  'www.acme.example',
];

const writer = (await (process.env.BENCH_WRITER
  ? import(new URL(process.env.BENCH_WRITER, import.meta.url).href)
  : import('@joblist/markdown-writer'))) as Partial<typeof Writer> &
  Pick<typeof Writer, 'renderReadme' | 'renderArchive'>;

const project = await loadProject(new URL('../joblist.config.ts', import.meta.url).pathname);
const category = project.categories[0];
if (!category) throw new Error('no category configured');
const jobs = generateSampleJobs([category], { perCategory: ROWS }).map((job, index) =>
  parseOrThrow(
    JobSchema,
    index % 7 === 0 ? { ...job, title: `${job.title} ${TRICKY[index % TRICKY.length]}` } : job,
    `sample job ${index}`,
  ),
);
const { site, categories } = project;
const input = {
  site,
  category,
  categories,
  jobs,
  stats: computeStats(jobs),
  builtAt: new Date(SAMPLE_AS_OF),
  // An older writer (BENCH_WRITER) resolves the default template itself.
  template: writer.defaultTemplate?.() as Writer.Template,
};

const { renderFiles } = writer;
const render = renderFiles
  ? () => renderFiles(input)
  : () => [writer.renderReadme(input), writer.renderArchive(input)];

/** Median of a list of numbers. */
const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Wall and CPU milliseconds of one run of `work`. */
function measure(work: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

render();
const runs = Array.from({ length: RUNS }, () => measure(render));
const how = renderFiles ? 'renderFiles (one table for both)' : 'renderReadme + renderArchive';
console.log(
  `render README + archive, ${ROWS} rows, ${how}: median wall ${median(runs.map((r) => r.wall)).toFixed(0)} ms, ` +
    `CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms (${RUNS} runs, ${process.env.BENCH_WRITER ?? '@joblist/markdown-writer'})`,
);
