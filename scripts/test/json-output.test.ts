import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const site = await loadRepoProject();
const repos = site.categories.map((category) => category.repo);
let project: TempProject;
beforeAll(async () => {
  project = await createTempProject('json-output');
});
afterAll(() => project?.remove());

/** Runs a command with --json: stdout must parse as one JSON document. */
async function runJson(args: string[]) {
  const result = await project.run([...args, '--json']);
  return { ...result, document: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe('--json', () => {
  it('fetch, build, update and publish print one document with stable keys; the lines go to stderr', async () => {
    const fetched = await runJson(['fetch', '--now', '2026-11-27T20:30:00Z', '--out', 'snapshot.json']);
    expect(fetched.stderr).toContain('Wrote ');
    expect(fetched.document).toMatchObject({
      command: 'fetch',
      ok: true,
      exitCode: 0,
      snapshot: 'snapshot.json',
    });
    expect(Object.keys(fetched.document)).toEqual([
      'command',
      'ok',
      'exitCode',
      'snapshot',
      'updatedAt',
      'jobs',
      'sources',
    ]);
    expect(fetched.document.sources).toEqual([
      {
        id: 'sample',
        status: 'ok',
        jobs: fetched.document.jobs,
        rejected: 0,
        skipped: 0,
        duplicates: expect.any(Number),
      },
      { id: 'submissions', status: 'ok', jobs: 0, rejected: 0, skipped: 0, duplicates: 0 },
    ]);

    const built = await runJson(['build', '--all', '--snapshot', 'snapshot.json', '--out', 'site']);
    expect(built.stderr).toContain('built ');
    const categories = built.document.categories as Array<Record<string, unknown>>;
    expect(categories.map((entry) => entry.repo)).toEqual(repos);
    expect(Object.keys(categories[0] ?? {})).toEqual(['id', 'repo', 'rows', 'dir']);

    const updated = await runJson(['update', '--snapshot', 'snapshot.json', '--out', 'site']);
    expect(Object.keys(updated.document)).toEqual(['command', 'ok', 'exitCode', 'fetch', 'build']);

    const published = await runJson([
      'publish',
      '--all',
      '--dry-run',
      '--from',
      'site',
      '--remote',
      'repos/{repo}.git',
    ]);
    expect(published.document).toMatchObject({ command: 'publish', ok: true, exitCode: 0, dryRun: true });
    expect(published.document.repositories).toEqual(
      repos.map((repo) => ({
        repo,
        status: 'would-change',
        commit: null,
        expired: [],
        created: false,
        deferred: null,
      })),
    );
    expect(published.document.summary).toEqual({
      published: 0,
      unchanged: 0,
      wouldChange: repos.length,
      skipped: 0,
      deferred: 0,
      failed: 0,
      total: repos.length,
    });
  }, 180_000);

  it('a command that fails before it has a result still prints one document, with the error', async () => {
    const failed = await runJson(['build', '--all', '--snapshot', 'missing.json']);
    expect(failed.code).toBe(1);
    expect(failed.document).toEqual({
      command: 'build',
      ok: false,
      exitCode: 1,
      error: 'missing.json: not found; run `joblist fetch` first (it writes the snapshot)',
    });
  });
});
