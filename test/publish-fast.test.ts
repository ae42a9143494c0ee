import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadProject, type Project } from '../scripts/src/config/load.ts';
import { createRedactor } from '../scripts/src/publish/auth.ts';
import type { PublishContext } from '../scripts/src/publish/publish-repo.ts';
import { publishAll } from '../scripts/src/publish/run.ts';
import { writeFakeBuild } from './_helpers/build-output.ts';
import { commitCount, git, initBare, listFiles, makeTempDir, pushHumanCommit } from './_helpers/git.ts';

// The fast "nothing changed" path of publish: one `git ls-remote` and two local reads when the remote
// head is the work copy's HEAD and already holds the build; anything else takes the normal path. Which
// path ran is read from GIT_TRACE (every git command the run started).

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_TIME = new Date('2026-11-27T20:30:00Z');
/** What only the normal path runs. */
const NORMAL_PATH = ['fetch', 'checkout', 'add', 'commit', 'push'];

let project: Project;
let temp: ReturnType<typeof makeTempDir>;
let lines: string[];

beforeAll(async () => {
  project = await loadProject(join(ROOT, 'joblist.config.ts'));
});
beforeEach(() => {
  temp = makeTempDir('joblist-publish-fast-');
  lines = [];
});
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(lines.join('\n'));
  temp.cleanup();
});

const backend = () => project.categories.filter((category) => category.id === 'backend');
const repo = () => backend()[0]?.repo ?? 'backend';
const bare = () => join(temp.dir, 'remotes', `${repo()}.git`);
const workCopy = () => join(temp.dir, 'work', repo());

function build(titles = ['A', 'B', 'C'], time = BUILD_TIME) {
  writeFakeBuild(join(temp.dir, 'dist'), { repo: repo(), role: 'Backend developer', time, titles });
}

/** Publishes the backend repository; returns its status and the git subcommands the run started. */
async function publish(overrides: Partial<PublishContext> = {}) {
  const trace = join(temp.dir, 'git-trace.txt');
  rmSync(trace, { force: true });
  const redact = createRedactor([]);
  process.env.GIT_TRACE = trace;
  try {
    const summary = await publishAll(
      backend(),
      {
        org: project.site.github.org,
        settings: project.site.publish,
        remoteTemplate: join(temp.dir, 'remotes/{repo}.git'),
        remoteBase: temp.dir,
        fromDir: join(temp.dir, 'dist'),
        workDir: join(temp.dir, 'work'),
        dryRun: false,
        force: false,
        create: false,
        token: undefined,
        redact,
        log: (line) => lines.push(line),
        maxAttempts: 4,
        ...overrides,
      },
      1,
    );
    const [outcome] = summary.outcomes;
    if (!outcome?.ok) throw new Error(`publish failed: ${outcome?.error}`);
    const commands = [...readFileSync(trace, 'utf8').matchAll(/trace: built-in: git (\S+)/gu)].map(
      (match) => match[1],
    );
    return {
      result: outcome.result,
      commands,
      normalPath: commands.some((c) => NORMAL_PATH.includes(c ?? '')),
    };
  } finally {
    delete process.env.GIT_TRACE;
  }
}

describe('publish of a build the remote already holds', () => {
  it('answers unchanged with one ls-remote and two local reads, no fetch, checkout or commit', async () => {
    build();
    const first = await publish();
    expect(first.result.status).toBe('published');
    expect(first.normalPath).toBe(true);

    const second = await publish();
    expect(second.result).toEqual({ repo: repo(), status: 'unchanged', expired: [], remoteCreated: false });
    expect(second.commands).toEqual(['ls-remote', 'upload-pack', 'rev-parse', 'ls-tree']);
    expect(lines.at(-2)).toBe(`[1/1] ${repo()}: unchanged, nothing pushed`);
    expect(commitCount(bare())).toBe(1);
  });

  it('takes the normal path when the remote moved on, then the fast path again', async () => {
    build();
    await publish();
    pushHumanCommit(bare(), { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Add contributing guide');

    const moved = await publish();
    expect(moved.normalPath).toBe(true);
    expect(moved.commands).toContain('fetch');
    expect(moved.result.status).toBe('unchanged');
    expect(commitCount(bare())).toBe(2);

    const again = await publish();
    expect(again.normalPath).toBe(false);
    expect(again.result.status).toBe('unchanged');
  });

  it('takes the normal path and publishes when a built file changed', async () => {
    build();
    await publish();
    build(['A', 'B', 'Staff engineer']);
    const changed = await publish();
    expect(changed.normalPath).toBe(true);
    expect(changed.result.status).toBe('published');
    expect(commitCount(bare())).toBe(2);
    expect(git(bare(), ['show', 'main:README.md'])).toContain('Staff engineer');
  });

  it('takes the normal path when the work copy was deleted, a killed run left a git lock, HEAD is damaged or not the remote head', async () => {
    build();
    await publish();
    rmSync(workCopy(), { recursive: true, force: true });
    const deleted = await publish();
    expect(deleted.commands).toContain('fetch');
    expect(deleted.result.status).toBe('unchanged');
    expect(existsSync(join(workCopy(), '.git'))).toBe(true);

    writeFileSync(join(workCopy(), '.git/index.lock'), '');
    const locked = await publish();
    expect(locked.commands).toContain('fetch');
    expect(locked.result.status).toBe('unchanged');
    expect(
      lines.some((line) => line.includes('removed git lock file(s) a killed run left: .git/index.lock')),
    ).toBe(true);
    expect(existsSync(join(workCopy(), '.git/index.lock'))).toBe(false);

    writeFileSync(join(workCopy(), '.git/HEAD'), 'damaged\n');
    const damaged = await publish();
    expect(damaged.commands).toContain('fetch');
    expect(damaged.result.status).toBe('unchanged');
    expect(lines.some((line) => line.includes('the work copy is unusable'))).toBe(true);
    expect((await publish()).normalPath).toBe(false);

    git(workCopy(), ['commit', '--quiet', '--allow-empty', '-m', 'Never pushed']);
    const diverged = await publish();
    expect(diverged.commands).toContain('fetch');
    expect(diverged.result.status).toBe('unchanged');
    expect(git(workCopy(), ['rev-parse', 'HEAD'])).toBe(git(bare(), ['rev-parse', 'main']));
    expect(commitCount(bare())).toBe(1);
  });

  it('takes the normal path when retention would delete an archive file on this build day', async () => {
    initBare(bare());
    pushHumanCommit(bare(), { 'archive/2026-11-22.md': 'five days old\n' }, 'Initial commit');
    build();
    expect((await publish()).result.expired).toEqual([]);
    const unchanged = await publish();
    expect(unchanged.normalPath).toBe(false);

    const shorter = { settings: { ...project.site.publish, retentionDays: 3 } };
    const expiring = await publish(shorter);
    expect(expiring.normalPath).toBe(true);
    expect(expiring.result).toMatchObject({ status: 'published', expired: ['2026-11-22.md'] });
    expect(listFiles(bare())).not.toContain('archive/2026-11-22.md');
  });
});
