import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { configCacheDir } from '@joblist/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject, REPO_ROOT } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const exec = promisify(execFile);
const NOW = '2026-11-27T20:30:00Z';
const [FIRST] = (await loadRepoProject()).categories;
if (!FIRST) throw new Error('joblist.config.ts lists no category');
/** This test's own compiled CLI, inside `scripts/` so its external packages (esbuild, tsx) resolve. */
const DIST = join(REPO_ROOT, 'scripts', `.dist-test-${process.pid}`);
let project: TempProject;
let tsxLog: string;
let hooks: string;

beforeAll(async () => {
  await exec(process.execPath, [join(REPO_ROOT, 'scripts/compile.mjs'), '--outdir', DIST]);
  // What bin/joblist.cjs does with a fresh bundle, for this test's own bundle.
  await writeFile(
    join(DIST, 'run.mjs'),
    `import { loadBundle } from '../bin/joblist.cjs';\nloadBundle(new URL('./cli.cjs', import.meta.url).pathname);\n`,
  );
  project = await createTempProject('compiled-cli');
  await mkdir(join(project.dir, 'node_modules'));
  tsxLog = join(project.dir, 'tsx.log');
  // A module hook that records every import of tsx: the compiled CLI must load `.ts` configs without it.
  await writeFile(
    join(project.dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  if (specifier.startsWith('tsx')) appendFileSync(${JSON.stringify(tsxLog)}, specifier + '\\n');\n  return next(specifier, context);\n}\n`,
  );
  hooks = join(project.dir, 'register-hooks.mjs');
  await writeFile(
    hooks,
    "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
  );
}, 60_000);
afterAll(async () => {
  await rm(DIST, { recursive: true, force: true });
  await project.remove();
});

/** Runs the compiled CLI in the project with the tsx-recording hook; a failure rejects with its output. */
const compiled = (args: string[]) =>
  exec(process.execPath, ['--import', hooks, join(DIST, 'run.mjs'), ...args], {
    cwd: project.dir,
    env: { ...process.env, JOBLIST_DEBUG: '1' },
  });
const readme = (out: string) => readFile(join(project.dir, out, FIRST.repo, 'README.md'), 'utf8');

describe('the compiled CLI', () => {
  it('loads the .ts configs without tsx, from its config cache once compiled', async () => {
    await compiled(['fetch', '--now', NOW]);
    expect(existsSync(configCacheDir(project.dir))).toBe(true);
    await compiled(['build', '--out', 'built']);
    expect(existsSync(tsxLog)).toBe(false);
  }, 60_000);

  it('runs each command from the V8 code cache its first run wrote, to the same output', async () => {
    const first = await compiled(['build', '--out', 'first']);
    const second = await compiled(['build', '--out', 'second']);
    for (const bundle of ['cli', 'build']) {
      const cache = join(DIST, `code-cache/build/${bundle}.bin`);
      expect(first.stderr).toContain(`code cache ${cache}: `);
      expect(second.stderr).toContain(`code cache ${cache}: accepted`);
    }
    expect(await readme('second')).toBe(await readme('first'));
  }, 60_000);

  it("reads only the bundles a start needs: help none of the commands', a command its own", async () => {
    const bundles = (stderr: string) =>
      [...stderr.matchAll(/^code cache .*\/code-cache\/([a-z-]+\/[a-z-]+)\.bin: /gmu)].map(
        (match) => match[1],
      );
    expect(bundles((await compiled(['--help'])).stderr)).toEqual(['help/cli']);
    expect(bundles((await compiled(['split', '--help'])).stderr)).toEqual(['split/cli', 'split/split']);
    expect(bundles((await compiled(['build', '--out', 'only-build'])).stderr)).toEqual([
      'build/cli',
      'build/build',
    ]);
  }, 60_000);

  it('update = fetch then build, in one process, to the same bytes', async () => {
    const { stdout } = await compiled([
      'update',
      '--now',
      NOW,
      '--snapshot',
      'data/updated.json',
      '--out',
      'updated',
    ]);
    expect(stdout).toContain(`built ${FIRST.repo}: 50 jobs`);
    expect(await readme('updated')).toBe(await readme('built'));
    expect(await readFile(join(project.dir, 'data/updated.json'), 'utf8')).toBe(
      await readFile(join(project.dir, 'data/snapshot.json'), 'utf8'),
    );
    expect(existsSync(tsxLog)).toBe(false);
  }, 60_000);

  it('falls back to tsx for a config esbuild cannot compile alone', async () => {
    const file = join(project.dir, 'categories', FIRST.id, 'category.config.ts');
    const config = await readFile(file, 'utf8');
    // The inlined config helpers have no DEFAULT_README_BUDGET: esbuild refuses, tsx imports the real package.
    await writeFile(
      file,
      config
        .replace(
          "import { defineCategory } from '@joblist/core-model';",
          "import { DEFAULT_README_BUDGET, defineCategory } from '@joblist/core-model';",
        )
        .replace('defineCategory({', 'defineCategory({\n  readmeBudget: DEFAULT_README_BUDGET,'),
    );
    const { stdout } = await compiled(['build', '--out', 'fallback']);
    expect(stdout).toContain(`built ${FIRST.repo}: 50 jobs`);
    expect(await readFile(tsxLog, 'utf8')).toContain('tsx');
    expect(await readme('fallback')).toBe(await readme('built'));
  }, 60_000);

  it('split reuses its last selection while nothing it depends on changed, to the same slices', async () => {
    const slice = join(project.dir, 'categories', FIRST.id, '.slice.json');
    await compiled(['split']);
    const before = await readFile(slice, 'utf8');
    const again = await compiled(['split']);
    expect(again.stdout).toContain('selection reused');
    expect(await readFile(slice, 'utf8')).toBe(before);
    // Other snapshot bytes (the same jobs): selected afresh, to the same slice.
    const snapshot = join(project.dir, 'data/snapshot.json');
    await writeFile(snapshot, `${await readFile(snapshot, 'utf8')}\n`);
    const fresh = await compiled(['split']);
    expect(fresh.stdout).not.toContain('selection reused');
    expect(await readFile(slice, 'utf8')).toBe(before);
  }, 60_000);
});
