import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProject, type Project } from '@joblist/config';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  commitCount,
  commitSubjects,
  git,
  initBare,
  listFiles,
  makeTempDir,
  pushHumanCommit,
  showFile,
  startGitHttpServer,
} from '../../../test/_helpers/git.ts';
import { tokenRedactor } from '../src/lib/auth.ts';
import type { PublishContext } from '../src/lib/publish-repo.ts';
import { publishAll } from '../src/lib/run.ts';
import { writeFakeBuild } from './_helpers/build-output.ts';
import { localPublishContext } from './_helpers/publish-context.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILD_TIME = new Date('2026-11-27T20:30:00Z');
const TOKEN = 'ghs_publishTestToken0123456789abcdef';

let project: Project;
let temp: ReturnType<typeof makeTempDir>;
let lines: string[];

beforeAll(async () => {
  project = await loadProject(join(ROOT, 'joblist.config.ts'));
});
beforeEach(() => {
  temp = makeTempDir('joblist-publish-');
  lines = [];
});
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(lines.join('\n'));
  temp.cleanup();
});

const fromDir = () => join(temp.dir, 'dist');
const repoOf = (id: string) => project.categories.find((category) => category.id === id)?.repo ?? id;

/** Writes a build output for every category: three rows each, titles derived from the category. */
function buildAll(
  time = BUILD_TIME,
  titlesFor = (id: string) => [`${id} engineer A`, `${id} engineer B`, `${id} engineer C`],
) {
  for (const category of project.categories) {
    writeFakeBuild(fromDir(), {
      repo: category.repo,
      role: category.role,
      time,
      titles: titlesFor(category.id),
    });
  }
}

function context(overrides: Partial<PublishContext> = {}): PublishContext {
  const redact = tokenRedactor(overrides.token);
  return localPublishContext(project, temp.dir, {
    workDir: join(temp.dir, 'out/work'),
    allowHttpLoopback: true, // the loopback git server speaks plain http
    redact,
    log: (line) => lines.push(redact(line)),
    ...overrides,
  });
}

const publish = (overrides: Partial<PublishContext> = {}) =>
  publishAll(project.categories, context(overrides), 4);

describe('publish over HTTP with a token', () => {
  it('commits once per repository, then nothing when unchanged, then only the changed category', async () => {
    const server = await startGitHttpServer(join(temp.dir, 'server'), TOKEN);
    try {
      const org = project.site.github.org;
      for (const category of project.categories) initBare(server.repoPath(org, category.repo));
      buildAll();
      const options = { remoteTemplate: server.remoteTemplate, token: TOKEN };

      const first = await publish(options);
      expect(first.failed).toBe(0);
      for (const category of project.categories) {
        const bare = server.repoPath(org, category.repo);
        expect(commitCount(bare)).toBe(1);
        expect(listFiles(bare)).toEqual(['.joblist/manifest.json', 'README.md', 'archive/2026-11-27.md']);
        expect(git(bare, ['log', '-1', '--format=%an <%ae>', 'main'])).toBe(
          'joblist-bot <joblist-bot@users.noreply.github.com>',
        );
      }
      expect(commitSubjects(server.repoPath(org, repoOf('backend')))).toEqual([
        'Update backend developer job listings - Nov 27, 2026 at 20:30 UTC',
      ]);
      const pushesAfterFirst = new Map(server.pushes);

      const second = await publish(options);
      expect(second.outcomes.map((outcome) => outcome.ok && outcome.result.status)).toEqual(
        project.categories.map(() => 'unchanged'),
      );
      for (const category of project.categories)
        expect(commitCount(server.repoPath(org, category.repo))).toBe(1);
      expect(server.pushes).toEqual(pushesAfterFirst);

      buildAll(BUILD_TIME, (id) =>
        id === 'backend'
          ? ['backend engineer A', 'backend engineer B', 'Staff backend engineer']
          : [`${id} engineer A`, `${id} engineer B`, `${id} engineer C`],
      );
      const third = await publish(options);
      expect(third.failed).toBe(0);
      const counts = Object.fromEntries(
        project.categories.map((c) => [c.repo, commitCount(server.repoPath(org, c.repo))]),
      );
      expect(counts).toEqual(
        Object.fromEntries(project.categories.map((c) => [c.repo, c.id === 'backend' ? 2 : 1])),
      );
      expect(showFile(server.repoPath(org, repoOf('backend')), 'README.md').toString()).toContain(
        'Staff backend engineer',
      );
      expect(server.requests.every((request) => !request.path.includes(TOKEN))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('publishes the reachable repositories when one is unreachable, and reports the failure', async () => {
    const server = await startGitHttpServer(join(temp.dir, 'server'), TOKEN);
    try {
      const org = project.site.github.org;
      for (const category of project.categories) initBare(server.repoPath(org, category.repo));
      server.unavailable.add(`${org}/${repoOf('frontend')}`);
      buildAll();
      const summary = await publish({ remoteTemplate: server.remoteTemplate, token: TOKEN });
      expect(summary.failed).toBe(1);
      const failure = summary.outcomes.find((outcome) => !outcome.ok);
      expect(failure?.repo).toBe(repoOf('frontend'));
      for (const category of project.categories) {
        expect(commitCount(server.repoPath(org, category.repo))).toBe(category.id === 'frontend' ? 0 : 1);
      }
      const total = project.categories.length;
      expect(lines.at(-2)).toBe(`Summary: ${total - 1} published, 0 unchanged, 1 failed (of ${total})`);
      expect(lines.at(-1)).toContain(repoOf('frontend'));
    } finally {
      await server.close();
    }
  });

  it('reports a missing GitHub repository, and creates it through the REST API with --create', async () => {
    const server = await startGitHttpServer(join(temp.dir, 'server'), TOKEN);
    const previousApi = process.env.JOBLIST_GITHUB_API;
    process.env.JOBLIST_GITHUB_API = server.apiBase;
    try {
      const backend = project.categories.filter((category) => category.id === 'backend');
      buildAll();
      const options = { remoteTemplate: server.remoteTemplate, token: TOKEN };
      const missing = await publishAll(backend, context(options), 1);
      expect(missing.outcomes[0]).toMatchObject({ ok: false });
      expect(missing.outcomes[0]?.ok === false && missing.outcomes[0].error).toMatch(
        /does not exist.*--create/u,
      );

      const created = await publishAll(backend, context({ ...options, create: true }), 1);
      expect(created.failed).toBe(0);
      const apiCall = server.requests.find((request) => request.path.startsWith('/api/'));
      expect(apiCall).toEqual({
        method: 'POST',
        path: `/api/orgs/${project.site.github.org}/repos`,
        authorization: `Bearer ${TOKEN}`,
      });
      expect(commitCount(server.repoPath(project.site.github.org, repoOf('backend')))).toBe(1);
      expect(lines.join('\n')).not.toContain(TOKEN);
    } finally {
      if (previousApi === undefined) delete process.env.JOBLIST_GITHUB_API;
      else process.env.JOBLIST_GITHUB_API = previousApi;
      await server.close();
    }
  });
});

describe('publish to local bare repositories', () => {
  const bareOf = (id: string) => join(temp.dir, 'remotes', `${repoOf(id)}.git`);

  it('creates missing local bare repositories on first use', async () => {
    buildAll();
    expect(existsSync(bareOf('backend'))).toBe(false);
    const summary = await publish();
    expect(summary.failed).toBe(0);
    for (const category of project.categories) expect(commitCount(bareOf(category.id))).toBe(1);
  });

  it('never modifies files it does not own, and deletes only archive files past the retention', async () => {
    const license = Buffer.from('MIT License\r\n\r\nCopyright (c) 2026 Someone\n');
    const workflow = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo hi }]\n';
    const bare = initBare(bareOf('backend'));
    pushHumanCommit(
      bare,
      {
        LICENSE: license,
        '.github/workflows/x.yml': workflow,
        'archive/2026-11-10.md': 'too old\n',
        'archive/2026-11-20.md': 'exactly seven days old\n',
        'archive/notes.txt': 'not an archive file\n',
      },
      'Initial commit',
    );
    buildAll();
    const summary = await publish();
    expect(summary.failed).toBe(0);
    expect(showFile(bare, 'LICENSE').equals(license)).toBe(true);
    expect(showFile(bare, '.github/workflows/x.yml').toString()).toBe(workflow);
    expect(listFiles(bare).sort()).toEqual(
      [
        '.github/workflows/x.yml',
        '.joblist/manifest.json',
        'LICENSE',
        'README.md',
        'archive/2026-11-20.md',
        'archive/2026-11-27.md',
        'archive/notes.txt',
      ].sort(),
    );
    expect(summary.outcomes.find((outcome) => outcome.repo === repoOf('backend'))).toMatchObject({
      ok: true,
      result: { expired: ['2026-11-10.md'] },
    });
  });

  it('keeps a commit pushed by someone else since the last run, without force', async () => {
    buildAll();
    await publish();
    const bare = bareOf('backend');
    const human = pushHumanCommit(bare, { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Add contributing guide');
    buildAll(new Date('2026-11-28T00:30:00Z'));
    const summary = await publish();
    expect(summary.failed).toBe(0);
    expect(commitCount(bare)).toBe(3);
    expect(() => git(bare, ['merge-base', '--is-ancestor', human, 'main'])).not.toThrow();
  });

  it('re-applies and retries when the remote moves on between fetch and push', async () => {
    buildAll();
    await publish();
    const bare = bareOf('backend');
    const hook = join(temp.dir, 'out/work', repoOf('backend'), '.git/hooks/pre-push');
    const marker = join(temp.dir, 'raced');
    const human = join(temp.dir, 'human');
    git(temp.dir, ['clone', '--quiet', bare, human]);
    mkdirSync(join(temp.dir, 'bin'), { recursive: true });
    writeFileSync(
      hook,
      [
        '#!/bin/sh',
        `[ -e '${marker}' ] && exit 0`,
        `touch '${marker}'`,
        `cd '${human}' && echo race > RACE.md && git add RACE.md && git -c user.name=H -c user.email=h@example.com commit -qm 'Race commit' && git push -q origin HEAD:main`,
      ].join('\n'),
    );
    chmodSync(hook, 0o755);
    buildAll(new Date('2026-11-28T00:30:00Z'));
    const summary = await publish();
    expect(summary.failed).toBe(0);
    expect(commitSubjects(bare)).toEqual([
      'Update backend developer job listings - Nov 28, 2026 at 00:30 UTC',
      'Race commit',
      'Update backend developer job listings - Nov 27, 2026 at 20:30 UTC',
    ]);
    expect(lines.some((line) => line.includes('push rejected'))).toBe(true);
  });

  it('refuses a README that drops more than half of the published rows, unless forced', async () => {
    const many = (id: string) => Array.from({ length: 10 }, (_, index) => `${id} role ${index}`);
    buildAll(BUILD_TIME, many);
    await publish();
    buildAll(new Date('2026-11-28T00:30:00Z'), (id) => (id === 'backend' ? many(id).slice(0, 4) : many(id)));
    const refused = await publish();
    expect(refused.failed).toBe(1);
    expect(refused.outcomes.find((outcome) => !outcome.ok)).toMatchObject({
      repo: repoOf('backend'),
      error: expect.stringMatching(/from 10 to 4 job rows \(60% fewer.*50%.*--force/u),
    });
    expect(commitCount(bareOf('backend'))).toBe(1);
    const forced = await publish({ force: true });
    expect(forced.failed).toBe(0);
    expect(commitCount(bareOf('backend'))).toBe(2);
  });

  it('refuses a slow slide (50 → 26 → 14 → 5) measured from the last published READMEs, not only the last one', async () => {
    const rows = (count: number) => (id: string) =>
      Array.from({ length: count }, (_, index) => `${id} role ${index}`);
    const backend = project.categories.filter((category) => category.id === 'backend');
    const publishRows = (count: number, hour: number, overrides: Partial<PublishContext> = {}) => {
      writeFakeBuild(fromDir(), {
        repo: repoOf('backend'),
        role: 'Backend developer',
        time: new Date(BUILD_TIME.getTime() + hour * 3_600_000),
        titles: rows(count)('backend'),
      });
      return publishAll(backend, context(overrides), 1);
    };
    expect((await publishRows(50, 0)).failed).toBe(0);
    expect((await publishRows(26, 4)).failed).toBe(0);
    const refused = await publishRows(14, 8);
    expect(refused.outcomes[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /from 50 to 14 job rows \(72% fewer, measured from the most rows in the last 2 published versions; the current one has 26;/u,
      ),
    });
    expect((await publishRows(5, 12)).failed).toBe(1);
    expect(commitCount(bareOf('backend'))).toBe(2);

    // publish.dropBaselineRuns: 1 compares with the current README only.
    const lastOnly = { settings: { ...project.site.publish, dropBaselineRuns: 1 } };
    expect((await publishRows(14, 16, lastOnly)).failed).toBe(0);
    expect(commitCount(bareOf('backend'))).toBe(3);
  });

  it('prints a unified diff in a dry run and changes nothing', async () => {
    buildAll();
    const firstDry = await publish({ dryRun: true });
    expect(firstDry.failed).toBe(0);
    expect(existsSync(join(temp.dir, 'remotes'))).toBe(false);
    expect(existsSync(join(temp.dir, 'out/work'))).toBe(false);
    expect(lines.join('\n')).toContain('+++ b/README.md');

    await publish();
    buildAll(BUILD_TIME, (id) => [`${id} engineer A`, `${id} engineer B`, `${id} engineer Z`]);
    lines = [];
    const secondDry = await publish({ dryRun: true });
    expect(
      secondDry.outcomes.every((outcome) => outcome.ok && outcome.result.status === 'would-change'),
    ).toBe(true);
    const output = lines.join('\n');
    expect(output).toMatch(/^-.*backend engineer C/mu);
    expect(output).toMatch(/^\+.*backend engineer Z/mu);
    for (const category of project.categories) expect(commitCount(bareOf(category.id))).toBe(1);
  });
});

/** What only the normal path (fetch, checkout, apply, commit) runs; the fast "nothing changed" path runs none. */
const NORMAL_PATH = ['fetch', 'checkout', 'add', 'commit', 'push'];

/** Publishes the backend repository; returns its result and the git subcommands the run started (GIT_TRACE). */
async function publishTraced(overrides: Partial<PublishContext> = {}) {
  const trace = join(temp.dir, 'git-trace.txt');
  rmSync(trace, { force: true });
  process.env.GIT_TRACE = trace;
  try {
    const backend = project.categories.filter((category) => category.id === 'backend');
    const [outcome] = (await publishAll(backend, context(overrides), 1)).outcomes;
    if (!outcome?.ok) throw new Error(`publish failed: ${outcome?.error}`);
    const commands = [...readFileSync(trace, 'utf8').matchAll(/trace: built-in: git (\S+)/gu)].map(
      (match) => match[1] ?? '',
    );
    return { result: outcome.result, commands, normalPath: commands.some((c) => NORMAL_PATH.includes(c)) };
  } finally {
    delete process.env.GIT_TRACE;
  }
}

describe('publish of a build the remote already holds (the fast path, seen through GIT_TRACE)', () => {
  const repo = () => repoOf('backend');
  const bare = () => join(temp.dir, 'remotes', `${repo()}.git`);
  const workCopy = () => join(temp.dir, 'out/work', repo());
  const build = (titles = ['A', 'B', 'C']) =>
    writeFakeBuild(fromDir(), { repo: repo(), role: 'Backend developer', time: BUILD_TIME, titles });

  it('answers unchanged with one ls-remote and two local reads, no fetch, checkout or commit', async () => {
    build();
    const first = await publishTraced();
    expect(first.result.status).toBe('published');
    expect(first.normalPath).toBe(true);

    const second = await publishTraced();
    expect(second.result).toEqual({ repo: repo(), status: 'unchanged', expired: [], remoteCreated: false });
    expect(second.commands).toEqual(['ls-remote', 'upload-pack', 'rev-parse', 'ls-tree']);
    expect(lines.at(-2)).toBe(`[1/1] ${repo()}: unchanged, nothing pushed`);
    expect(commitCount(bare())).toBe(1);
  });

  it('takes the normal path when the remote moved on, then the fast path again', async () => {
    build();
    await publishTraced();
    pushHumanCommit(bare(), { 'CONTRIBUTING.md': 'Be kind.\n' }, 'Add contributing guide');

    const moved = await publishTraced();
    expect(moved.normalPath).toBe(true);
    expect(moved.commands).toContain('fetch');
    expect(moved.result.status).toBe('unchanged');
    expect(commitCount(bare())).toBe(2);

    const again = await publishTraced();
    expect(again.normalPath).toBe(false);
    expect(again.result.status).toBe('unchanged');
  });

  it('takes the normal path and publishes when a built file changed', async () => {
    build();
    await publishTraced();
    build(['A', 'B', 'Staff engineer']);
    const changed = await publishTraced();
    expect(changed.normalPath).toBe(true);
    expect(changed.result.status).toBe('published');
    expect(commitCount(bare())).toBe(2);
    expect(git(bare(), ['show', 'main:README.md'])).toContain('Staff engineer');
  });

  it('takes the normal path when the work copy was deleted, a killed run left a git lock, HEAD is damaged or not the remote head', async () => {
    build();
    await publishTraced();
    rmSync(workCopy(), { recursive: true, force: true });
    const deleted = await publishTraced();
    expect(deleted.commands).toContain('fetch');
    expect(deleted.result.status).toBe('unchanged');
    expect(existsSync(join(workCopy(), '.git'))).toBe(true);

    writeFileSync(join(workCopy(), '.git/index.lock'), '');
    const locked = await publishTraced();
    expect(locked.commands).toContain('fetch');
    expect(locked.result.status).toBe('unchanged');
    expect(
      lines.some((line) => line.includes('removed git lock file(s) a killed run left: .git/index.lock')),
    ).toBe(true);
    expect(existsSync(join(workCopy(), '.git/index.lock'))).toBe(false);

    writeFileSync(join(workCopy(), '.git/HEAD'), 'damaged\n');
    const damaged = await publishTraced();
    expect(damaged.commands).toContain('fetch');
    expect(damaged.result.status).toBe('unchanged');
    expect(lines.some((line) => line.includes('the work copy is unusable'))).toBe(true);
    expect((await publishTraced()).normalPath).toBe(false);

    git(workCopy(), ['commit', '--quiet', '--allow-empty', '-m', 'Never pushed']);
    const diverged = await publishTraced();
    expect(diverged.commands).toContain('fetch');
    expect(diverged.result.status).toBe('unchanged');
    expect(git(workCopy(), ['rev-parse', 'HEAD'])).toBe(git(bare(), ['rev-parse', 'main']));
    expect(commitCount(bare())).toBe(1);
  });

  it('takes the normal path when retention would delete an archive file on this build day', async () => {
    initBare(bare());
    pushHumanCommit(bare(), { 'archive/2026-11-22.md': 'five days old\n' }, 'Initial commit');
    build();
    expect((await publishTraced()).result.expired).toEqual([]);
    const unchanged = await publishTraced();
    expect(unchanged.normalPath).toBe(false);

    const shorter = { settings: { ...project.site.publish, retentionDays: 3 } };
    const expiring = await publishTraced(shorter);
    expect(expiring.normalPath).toBe(true);
    expect(expiring.result).toMatchObject({ status: 'published', expired: ['2026-11-22.md'] });
    expect(listFiles(bare())).not.toContain('archive/2026-11-22.md');
  });
});
