import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH, sha256Hex } from '@joblist/core-model';

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
 * (stamp line, openings table) and their `.joblist/manifest.json`, small enough to reason about in
 * publish tests.
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
  const date = build.time.toISOString().slice(0, 10);
  const files: Record<string, string> = {
    'README.md': readme,
    [`archive/${date}.md`]: `# ${build.role} Jobs - ${date}\n\n${table(build.titles, build.time)}\n`,
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  const manifest = {
    version: 1,
    category: build.repo,
    repo: build.repo,
    builtAt: build.time.toISOString(),
    rows: build.titles.length,
    jobIds: build.titles.map((_title, index) => `fake:${index}`),
    files: Object.entries(files).map(([path, content]) => ({ path, sha256: sha256Hex(content) })),
  };
  mkdirSync(join(dir, '.joblist'), { recursive: true });
  writeFileSync(join(dir, MANIFEST_PATH), `${JSON.stringify(manifest, null, 2)}\n`);
}
