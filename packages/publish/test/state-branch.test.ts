import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchArgs, runCli } from '../../../test/_helpers/cli.ts';
import { commitCount, git, initBare, makeTempDir, showFile } from '../../../test/_helpers/git.ts';

// The snapshot carried between scheduled runs is kept on a branch (`joblist state save`), so a run
// whose CI cache was evicted gets it back (`joblist state restore`) instead of losing the kept jobs.

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('joblist-state-');
});
afterEach(() => temp.cleanup());

describe('joblist state save / restore', () => {
  it('keeps the snapshot on a branch with history and brings it back after a cache eviction', async () => {
    const snapshot = join(temp.dir, 'data/snapshot.json');
    const remote = initBare(join(temp.dir, 'joblist.git'));
    const state = (command: string, extra: string[] = []) =>
      runCli([
        'state',
        command,
        '--remote',
        remote,
        '--snapshot',
        snapshot,
        '--work-dir',
        join(temp.dir, 'store'),
        ...extra,
      ]);
    const fetched = await runCli(fetchArgs(snapshot, join(temp.dir, 'cache')));
    expect(fetched.code, fetched.output).toBe(0);
    const first = readFileSync(snapshot, 'utf8');
    const later = (updatedAt: string) => {
      const data = JSON.parse(first) as { updatedAt: string; jobs: unknown[] };
      return `${JSON.stringify({ ...data, updatedAt, jobs: data.jobs.slice(1) }, null, 2)}\n`;
    };

    const nothing = await state('restore');
    expect(nothing.output).toContain('no state branch yet; nothing restored');
    expect(nothing.code).toBe(0);
    expect(readFileSync(snapshot, 'utf8')).toBe(first);

    expect((await state('save')).output).toMatch(/snapshot\.json ⇄ joblist-state: saved [0-9a-f]{7}/u);
    expect(showFile(remote, 'snapshot.json', 'joblist-state').toString()).toBe(first);
    expect((await state('save')).output).toContain('joblist-state: unchanged');
    expect(commitCount(remote, 'joblist-state')).toBe(1);

    const second = later('2026-11-28T00:30:00.000Z');
    writeFileSync(snapshot, second);
    expect((await state('save')).code).toBe(0);
    expect(commitCount(remote, 'joblist-state')).toBe(2);
    expect(git(remote, ['log', '-1', '--format=%an %s', 'joblist-state'])).toMatch(
      /^joblist-bot joblist state: snapshot updated 2026-11-28T00:30:00.000Z, \d+ jobs$/u,
    );

    // The CI cache is gone: the snapshot comes back from the branch.
    rmSync(snapshot);
    const restored = await state('restore');
    expect(restored.output).toContain('restored (updatedAt 2026-11-28T00:30:00.000Z)');
    expect(readFileSync(snapshot, 'utf8')).toBe(second);

    // An older cached snapshot is replaced; a newer local one is kept.
    writeFileSync(snapshot, first);
    await state('restore');
    expect(readFileSync(snapshot, 'utf8')).toBe(second);
    const third = later('2026-11-28T04:30:00.000Z');
    writeFileSync(snapshot, third);
    expect((await state('restore')).output).toContain(
      'kept the local snapshot (updatedAt 2026-11-28T04:30:00.000Z is not older)',
    );
    expect(readFileSync(snapshot, 'utf8')).toBe(third);

    // A broken snapshot is never saved.
    writeFileSync(snapshot, '{"version":1}');
    const broken = await state('save');
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/^joblist state: .*snapshot\.json: invalid/mu);
    expect(commitCount(remote, 'joblist-state')).toBe(2);
  });
});
