/**
 * Benchmark: one category README and its archive file rendered from 100,000 rows (no limit), as
 * `joblist build` renders them. Run from the repository root with
 * `pnpm --dir scripts exec tsx ../bench/render.ts`; perf records the figures in BENCHMARKS.md.
 *
 * The rows are the synthetic sample generator's jobs, every seventh one with a title carrying characters
 * the cell escaper has to look at (`&`, `*`, `_`, `<`, `@`, `www.`), so the escaper's slow paths count.
 * Each measurement runs 5 times in one process after one warm-up run; the median is printed.
 */
import { JobSchema, parseOrThrow } from '../packages/core-model/src/index.ts';
import { renderArchive, renderReadme } from '../packages/markdown-writer/src/index.ts';
import { computeStats } from '../packages/stats/src/index.ts';
import { loadProject } from '../scripts/src/config/load.ts';
import { generateSampleJobs } from '../scripts/src/sample/generate.ts';

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

const project = await loadProject(new URL('../joblist.config.ts', import.meta.url).pathname);
const category = project.categories[0];
if (!category) throw new Error('no category configured');
const jobs = generateSampleJobs({ count: ROWS }).map((job, index) =>
  parseOrThrow(
    JobSchema,
    index % 7 === 0 ? { ...job, title: `${job.title} ${TRICKY[index % TRICKY.length]}` } : job,
    `sample job ${index}`,
  ),
);
const input = {
  site: project.site,
  category,
  categories: project.categories,
  jobs,
  stats: computeStats(jobs),
  builtAt: new Date('2026-11-27T20:30:00Z'),
};

/** Median wall time in milliseconds of `RUNS` runs of `work`, after one warm-up run. */
function median(work: () => unknown): number {
  work();
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const readmeAndArchive = median(() => [renderReadme(input), renderArchive(input)]);
console.log(
  `render README + archive, ${ROWS} rows: median ${readmeAndArchive.toFixed(0)} ms of ${RUNS} runs`,
);
