import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a small, hand-written build output for one repository contains. */
export interface FakeBuild {
  repo: string;
  role: string;
  /** The build time: the README's `Last updated` stamp and the archive file's date. */
  time: Date;
  /** One job row per title. */
  titles: string[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function stamp(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${MONTHS[time.getUTCMonth()]} ${pad(time.getUTCDate())}, ${time.getUTCFullYear()} at ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())} UTC`;
}

function table(titles: string[], time: Date): string {
  const day = `${MONTHS[time.getUTCMonth()]} ${String(time.getUTCDate()).padStart(2, '0')}`;
  const rows = titles.map(
    (title, index) =>
      `| **[Acme ${index}](https://acme.example/)** | **[${title}](https://acme.example/jobs/${index})** | Remote | Remote | ${day} |`,
  );
  return [
    '| Company | Position | Location | Type | Date |',
    '| ------- | -------- | -------- | ---- | ------ |',
    ...rows,
  ].join('\n');
}

/**
 * Writes `<fromDir>/<repo>/README.md` and `archive/<YYYY-MM-DD>.md` in the shape `joblist build` produces
 * (stamp line, openings table), small enough to reason about in publish tests.
 */
export function writeFakeBuild(fromDir: string, build: FakeBuild): void {
  const dir = join(fromDir, build.repo);
  mkdirSync(join(dir, 'archive'), { recursive: true });
  const readme = [
    '<!-- prettier-ignore-start -->',
    `# ${build.role} Jobs ${build.time.getUTCFullYear()}`,
    '',
    `<sub><small>Last updated: ${stamp(build.time)}</small></sub>`,
    '',
    '## Current Openings',
    '',
    table(build.titles, build.time),
    '<!-- prettier-ignore-end -->',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'README.md'), readme);
  const date = build.time.toISOString().slice(0, 10);
  writeFileSync(
    join(dir, 'archive', `${date}.md`),
    `# ${build.role} Jobs - ${date}\n\n${table(build.titles, build.time)}\n`,
  );
}
