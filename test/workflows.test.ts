import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from './_helpers/git.ts';

const ROOT = resolve(import.meta.dirname, '..');
const VALIDATOR = join(ROOT, 'node_modules/.bin/action-validator');

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
  it.each(['ci.yml', 'publish.yml'])('%s passes action-validator', (name) => {
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
    const text = readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8');
    expect(text).toContain('cron: "30 */4 * * *"');
    expect(text).toContain('workflow_dispatch:');
    expect(text).toMatch(/concurrency:\n\s+group: [\w-]+\n\s+cancel-in-progress: false/u);
    expect(text).toMatch(/GITHUB_TOKEN: \$\{\{ secrets\.JOBLIST_TOKEN \}\}/u);
    expect(text.indexOf('actions/cache/restore@v4')).toBeLessThan(text.indexOf('pnpm joblist fetch'));
    expect(text).toMatch(/if: always\(\)[^\n]*\n\s+uses: actions\/cache\/save@v4/u);
    expect(text.indexOf('pnpm joblist fetch')).toBeLessThan(text.indexOf('turbo run build'));
    expect(text.indexOf('turbo run build')).toBeLessThan(text.indexOf('turbo run publish'));
  });

  it('ci.yml installs pnpm 12.4.2 on Node 20, restores the Turbo cache, and lints, typechecks and tests', () => {
    const text = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(text).toContain('node-version: 20');
    expect(text).toContain('npm install --global pnpm@12.4.2');
    expect(text).toContain('pnpm install --frozen-lockfile');
    expect(text).toMatch(/uses: actions\/cache@v4\n\s+with:\n\s+path: \.turbo\/cache/u);
    for (const task of ['lint', 'typecheck', 'test']) expect(text).toContain(`turbo run ${task}`);
  });
});
