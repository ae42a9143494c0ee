import { cpus, loadavg, totalmem } from 'node:os';
import type { Measurement } from './measure.ts';

/** One row of the results table: joblist beside its floor, and the acceptance target. */
export interface Row {
  /** Names the row across tables (one per Node version). */
  key: string;
  job: string;
  joblist: Measurement;
  floor: Measurement;
  /** What the ratio (or the absolute figure) must be, e.g. `≤ 1.5× floor`. */
  target: string;
  /** Whether the row meets its target; `undefined` for a row shown for information, without one. */
  meets: boolean | undefined;
}

/** The machine the benchmarks ran on, in one line. */
export function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}`;
}

/** The 1-minute load average now: how busy the shared machine was. */
export function load(): string {
  return (loadavg()[0] ?? 0).toFixed(1);
}

const seconds = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(value < 1 ? 3 : 2)} s`);
const memory = (mib: number) =>
  Number.isNaN(mib) ? '—' : mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${mib.toFixed(0)} MiB`;
const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

const ratio = (value: number, base: number) =>
  base > 0 && !Number.isNaN(value) ? `${(value / base).toFixed(2)}×` : '—';

/** The Markdown table of `rows`: medians, the ratio to the floor, and the target. */
export function resultsTable(rows: readonly Row[]): string {
  const lines = [
    '| job | joblist (wall · cpu · peak) | floor (wall · cpu · peak) | ratio (wall) | ratio (cpu) | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { job, joblist, floor, target, meets } of rows) {
    const measured = (m: Measurement) =>
      `${seconds(m.wallSeconds)} · ${seconds(m.cpuSeconds)} · ${memory(m.peakMiB)}`;
    const wall = ratio(joblist.wallSeconds, floor.wallSeconds);
    const cpu = ratio(joblist.cpuSeconds, floor.cpuSeconds);
    lines.push(
      `| ${job} | ${measured(joblist)} | ${measured(floor)} | ${wall} | ${cpu} | ${target} | ${meets === undefined ? '' : meets ? '✅' : '❌'} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The commands behind each row, joblist and floor, with the number of runs; `paths` maps absolute folders to
 * the names shown (the project root, the temporary folder).
 */
export function commandList(rows: readonly Row[], paths: Record<string, string>): string {
  const shown = (command: string) =>
    Object.entries(paths).reduce((text, [path, name]) => text.replaceAll(path, name), command);
  return rows
    .map(
      ({ job, joblist, floor }) =>
        `- **${job}** (${joblist.runs} runs each): ${code(shown(joblist.command))} — floor: ${code(shown(floor.command))}`,
    )
    .join('\n');
}

/** Each row measured on both Nodes: `first`'s figures over `second`'s (below 1: `first` is faster). */
export function nodeComparison(first: readonly Row[], second: readonly Row[]): string {
  const lines = ['| job | wall | cpu | peak |', '| --- | --- | --- | --- |'];
  for (const row of first) {
    const other = second.find(({ key }) => key === row.key);
    if (other === undefined) continue;
    const [a, b] = [row.joblist, other.joblist];
    lines.push(
      `| ${row.job} | ${ratio(a.wallSeconds, b.wallSeconds)} | ${ratio(a.cpuSeconds, b.cpuSeconds)} | ${ratio(a.peakMiB, b.peakMiB)} |`,
    );
  }
  return lines.join('\n');
}
