import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from './_helpers/git.ts';

const ROOT = resolve(import.meta.dirname, '..');
const VALIDATOR = join(ROOT, 'node_modules/.bin/action-validator');
const WORKFLOWS = ['ci.yml', 'publish.yml', 'submissions.yml'];
const read = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');

/** Every `uses:` reference of a workflow: the action, its ref and the comment after it. */
function usesOf(text: string): Array<{ action: string; ref: string; comment: string }> {
  return [...text.matchAll(/^\s*(?:- )?uses: ([^@\s]+)@(\S+)(?:[ \t]+#[ \t]*(.*))?$/gmu)].map((match) => ({
    action: match[1] ?? '',
    ref: match[2] ?? '',
    comment: match[3] ?? '',
  }));
}

/** The references not pinned to a full commit SHA with the version in a comment (`@<40 hex> # v1.2.3`). */
function unpinned(text: string): string[] {
  return usesOf(text)
    .filter(({ ref, comment }) => !/^[0-9a-f]{40}$/u.test(ref) || !/^v\d+(?:\.\d+){0,2}$/u.test(comment))
    .map(({ action, ref }) => `${action}@${ref}`);
}

/** How many checkout steps there are, and how many say `persist-credentials: false` in their `with`. */
function checkouts(text: string): { steps: number; withoutCredentials: number } {
  const steps = text.match(/uses: actions\/checkout@/gu)?.length ?? 0;
  const withoutCredentials =
    text.match(
      /uses: actions\/checkout@[^\n]*\n\s+with:\n(?:\s+[\w-]+: [^\n]*\n)*?\s+persist-credentials: false\n/gu,
    )?.length ?? 0;
  return { steps, withoutCredentials };
}

function validate(file: string): { code: number | null; output: string } {
  const result = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('joblist-workflows-');
});
afterEach(() => temp.cleanup());

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s passes action-validator', (name) => {
    const result = validate(join(ROOT, '.github/workflows', name));
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('the validator rejects a broken workflow (so the checks above can fail)', () => {
    const broken = join(temp.dir, 'broken.yml');
    writeFileSync(
      broken,
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: 42\n        bogus: true\n',
    );
    expect(validate(broken).code).not.toBe(0);
  });

  it('publish.yml runs every 4 hours at :30, never overlaps, and takes the token from secrets', () => {
    // What a run cannot show (the schedule, the queueing); the steps themselves run in workflow-publish.test.ts.
    const text = read('publish.yml');
    expect(text).toContain('cron: "30 */4 * * *"');
    expect(text).toContain('workflow_dispatch:');
    expect(text).toMatch(/concurrency:\n\s+group: [\w-]+\n\s+cancel-in-progress: false/u);
    expect(text).toMatch(/GITHUB_TOKEN: \$\{\{ secrets\.JOBLIST_TOKEN \}\}/u);
  });

  it.each(WORKFLOWS)('%s pins every action to a full commit SHA, with its version in a comment', (name) => {
    const text = read(name);
    expect(usesOf(text).length).toBeGreaterThan(0);
    expect(unpinned(text)).toEqual([]);
  });

  it('the pin check rejects a tag, a short SHA and a SHA without its version', () => {
    const text = [
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@a0853c2 # v5.0.0',
      '        uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830',
    ].join('\n');
    expect(unpinned(text)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@a0853c2',
      'actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830',
    ]);
  });

  it('both workflows pin the same action version to the same SHA', () => {
    const pins = new Map<string, Set<string>>();
    for (const name of WORKFLOWS)
      for (const { action, ref, comment } of usesOf(read(name))) {
        const repository = action.split('/').slice(0, 2).join('/');
        pins.set(`${repository} ${comment}`, (pins.get(`${repository} ${comment}`) ?? new Set()).add(ref));
      }
    for (const [version, refs] of pins) expect([...refs], version).toHaveLength(1);
  });

  it.each(WORKFLOWS)('%s checks out without persisting the token in .git/config', (name) => {
    const { steps, withoutCredentials } = checkouts(read(name));
    expect(steps).toBeGreaterThan(0);
    expect(withoutCredentials).toBe(steps);
    expect(
      checkouts('- uses: actions/checkout@x # v5\n  with:\n    fetch-depth: 0\n').withoutCredentials,
    ).toBe(0);
  });

  it('CI runs on Node 24 and on the oldest Node that `engines` allows; publishing runs on Node 24', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const oldest = /^>=\s*(\d+\.\d+)$/u.exec(manifest.engines.node)?.[1];
    expect(oldest).toBeDefined();
    const ci = read('ci.yml');
    const matrix = /^\s+node: \[([^\]]*)\]/mu
      .exec(ci)?.[1]
      ?.split(',')
      .map((entry) => entry.trim().replaceAll('"', ''));
    expect(matrix).toEqual(expect.arrayContaining(['24', oldest]));
    expect(ci).toMatch(/node-version: \$\{\{ matrix\.node \}\}/u);
    expect(read('publish.yml')).toMatch(/setup-node@[^\n]*\n\s+with:\n\s+node-version: 24\n/u);
  });

  it('publish.yml keeps its own schedule enabled through the API, with actions: write for that job only', () => {
    const text = read('publish.yml');
    const keepalive = /\n {2}keepalive:\n((?: {4}[^\n]*\n?|\s*\n)*)/u.exec(text)?.[1] ?? '';
    expect(keepalive).toContain("if: github.event_name == 'schedule'");
    expect(keepalive).toMatch(/permissions:\n\s+actions: write\n/u);
    expect(keepalive).toMatch(
      /gh api --method PUT "repos\/\$\{GITHUB_REPOSITORY\}\/actions\/workflows\/publish\.yml\/enable"/u,
    );
    expect(keepalive).toMatch(/GH_TOKEN: \$\{\{ github\.token \}\}/u);
    expect(text).toMatch(/^permissions:\n {2}contents: read\n/mu);
    expect(text.match(/actions: write/gu)).toHaveLength(1);
  });
});
