/**
 * Issue 19, row 15: `joblist build --all --limit 0` over a 1,000,000-job snapshot (4 categories, short
 * descriptions so the file stays under the snapshot size cap), with wall time and peak memory (`/usr/bin/time`).
 * Run: `pnpm tsx bench/million.ts` (one run; memory heavy, run alone). Prints one BENCHMARKS.md row.
 */
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeSnapshot } from '@joblist/core-model';
import { measure } from './lib/measure.ts';
import { createProject } from './lib/project.ts';
import { syntheticCategories, syntheticJobs } from './lib/synthetic.ts';

const JOBS = Number(process.env.JOBS ?? 1_000_000);
const NOW = '2026-11-27T20:30:00.000Z';
const BIN = `node ${resolve(import.meta.dirname, '../scripts/bin/joblist.mjs')}`;

const dir = mkdtempSync(join(tmpdir(), 'joblist-million-'));
createProject(dir, { categories: syntheticCategories(4), sources: '[]' });
const file = join(dir, 'data/snapshot.json');
const jobs = syntheticJobs(JOBS, syntheticCategories(4), NOW, 0).map(
  ({ description: _, company: { name }, ...job }) => ({ ...job, company: { name } }),
);
const fd = openSync(file, 'w');
// biome-ignore lint/suspicious/noExplicitAny: synthetic jobs are snapshot jobs in the JSON sense.
for (const chunk of serializeSnapshot({ version: 1, updatedAt: NOW, jobs: jobs as any, sources: [] }))
  writeSync(fd, chunk);
closeSync(fd);
jobs.length = 0;
const size = statSync(file).size;
const run = measure(`${BIN} build --all --limit 0 --window-days 0 --out out/build`, { cwd: dir, runs: 1 });
console.log(
  `| \`build --all --limit 0\`, 4 categories × ${JOBS.toLocaleString('en-US')} jobs (${Math.round(size / 2 ** 20)} MiB snapshot) | ${run.wallSeconds.toFixed(1)} s | ${run.peakMiB} MiB peak RSS |`,
);
