import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTempProject } from './_helpers/fetch-project.ts';
import { REPO_ROOT } from './_helpers/project.ts';

const BIN = join(REPO_ROOT, 'scripts', 'bin', 'joblist.cjs');

/** Runs the real `joblist` binary (stdout and stderr are pipes, so progress is plain lines). */
async function joblist(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const frontendJob = {
  id: '1',
  title: 'Frontend Engineer',
  company: { name: 'Acme' },
  url: 'https://acme.example/1',
  workplace: 'remote',
  postedAt: '2025-11-03T10:00:00Z',
};

describe('the joblist fetch binary', () => {
  it('prints a line per source, writes the snapshot and exits 3 when a source failed', async () => {
    const project = await createTempProject([
      { type: 'file', path: 'jobs.json', categories: ['frontend'] },
      { type: 'file', path: 'missing.csv' },
    ]);
    await writeFile(join(project.root, 'jobs.json'), JSON.stringify([frontendJob]));
    const { code, stdout, stderr } = await joblist(['fetch', '--now', '2025-11-03T12:00:00Z'], project.root);
    expect(code).toBe(3);
    expect(stderr).toContain('ok file:jobs.json: 1 job\n');
    expect(stderr).toContain('failed file:missing.csv: missing.csv: file not found\n');
    expect(stderr).toContain('  file:missing.csv: missing.csv: file not found (0 stale jobs kept)');
    expect(stdout).toBe('Wrote 1 job from 2 sources to data/snapshot.json.\n');
    const snapshot = JSON.parse(await readFile(project.out, 'utf8'));
    expect(snapshot.jobs.map((j: { id: string; categories: string[] }) => [j.id, j.categories])).toEqual([
      ['file:jobs.json:1', ['frontend']],
    ]);
  }, 60_000);

  it('update: builds from what it fetched, with the failed source reported, and exits 3', async () => {
    const project = await createTempProject([
      { type: 'file', path: 'jobs.json', categories: ['frontend'] },
      { type: 'file', path: 'missing.csv' },
    ]);
    await writeFile(join(project.root, 'jobs.json'), JSON.stringify([frontendJob]));
    const run = (args: string[]) =>
      joblist(['update', '--now', '2025-11-03T12:00:00Z', ...args], project.root);
    const { code, stdout, stderr } = await run(['--out', 'built']);
    expect(code).toBe(3);
    expect(stderr).toContain('failed file:missing.csv: missing.csv: file not found\n');
    expect(stdout).toContain('Wrote 1 job from 2 sources to data/snapshot.json.\n');
    expect(stdout).toContain('built frontend-jobs: 1 job → built/frontend-jobs');
    expect(await readFile(join(project.root, 'built/frontend-jobs/README.md'), 'utf8')).toContain(
      'Frontend Engineer',
    );
    // An unknown category stops before anything is fetched.
    const unknown = await run(['--category', 'devops', '--snapshot', 'data/other.json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown category "devops"; known: backend, frontend');
    expect(existsSync(join(project.root, 'data/other.json'))).toBe(false);
  }, 60_000);

  it('exits 1 and writes nothing for a usage error', async () => {
    const project = await createTempProject([{ type: 'file', path: 'jobs.json', categories: ['devops'] }]);
    const { code, stderr } = await joblist(['fetch'], project.root);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'joblist.config.ts: sources.0.categories.0: unknown category "devops" (known: backend, frontend)',
    );
    expect(existsSync(project.out)).toBe(false);
  }, 60_000);
});
