import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishArgs, ROOT, runCli, startCli } from '../../../test/_helpers/cli.ts';
import {
  commitCount,
  filesContaining,
  initBare,
  makeTempDir,
  startGitHttpServer,
} from '../../../test/_helpers/git.ts';
import { writeFakeBuild } from './_helpers/build-output.ts';

const TOKEN = 'ghp_cliSecretToken9876543210zyxwvutsrq';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('joblist-publish-cli-');
});
afterEach(() => temp.cleanup());

/** Runs the CLI with the token set (the loopback server lives in this process). */
const runPublish = (args: string[]) =>
  runCli(args, { GITHUB_TOKEN: TOKEN, JOBLIST_ALLOW_HTTP_LOOPBACK: '1' });

describe('joblist publish (CLI)', () => {
  it('publishes the reachable repositories, exits non-zero for an unreachable one, and never shows the token', async () => {
    const project = await loadProject(join(ROOT, 'joblist.config.ts'));
    const org = project.site.github.org;
    const server = await startGitHttpServer(join(temp.dir, 'server'), TOKEN);
    try {
      const from = join(temp.dir, 'dist');
      for (const category of project.categories) {
        initBare(server.repoPath(org, category.repo));
        writeFakeBuild(from, {
          repo: category.repo,
          role: category.role,
          time: new Date('2026-11-27T20:30:00Z'),
          titles: [`${category.id} engineer`],
        });
      }
      const unreachable = project.categories[1]?.repo ?? '';
      server.unavailable.add(`${org}/${unreachable}`);
      const out = join(temp.dir, 'out');
      const { code, output } = await runPublish([
        'publish',
        '--all',
        '--from',
        from,
        '--remote',
        server.remoteTemplate,
        '--work-dir',
        join(out, 'work'),
      ]);

      expect(code).toBe(1);
      const total = project.categories.length;
      expect(output).toContain(`Summary: ${total - 1} published, 0 unchanged, 1 failed (of ${total})`);
      expect(output).toContain(`${unreachable}: FAILED`);
      for (const category of project.categories) {
        expect(commitCount(server.repoPath(org, category.repo))).toBe(category.repo === unreachable ? 0 : 1);
      }
      // The server only accepted pushes carrying the token, so git had it; it must not show anywhere.
      expect(server.requests.some((request) => request.authorization?.startsWith('Basic '))).toBe(true);
      expect(output).not.toContain(TOKEN);
      expect(filesContaining(out, TOKEN)).toEqual([]);
      expect(filesContaining(join(temp.dir, 'server'), TOKEN)).toEqual([]);
      const config = readFileSync(
        join(out, 'work', project.categories[0]?.repo ?? '', '.git/config'),
        'utf8',
      );
      expect(config).toContain(server.origin);
      expect(config).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it('refuses credentials in the remote URL and redacts them from the error', async () => {
    writeFakeBuild(join(temp.dir, 'dist'), {
      repo: 'Backend-Development-Jobs',
      role: 'Backend developer',
      time: new Date('2026-11-27T20:30:00Z'),
      titles: ['Backend engineer'],
    });
    const remote = `https://x:${TOKEN}@127.0.0.1:9/{org}/{repo}.git`;
    const { code, output } = await runPublish(
      publishArgs({ from: join(temp.dir, 'dist'), workDir: join(temp.dir, 'out/work'), remote }),
    );
    expect(code).toBe(1);
    expect(output).not.toContain(TOKEN);
    expect(output).toContain('credentials in the URL would be written to .git/config');
  });

  it('a run killed halfway (SIGKILL) leaves the rest: the next run publishes only the rest and says so in --json', async () => {
    const project = await loadProject(join(ROOT, 'joblist.config.ts'));
    const from = join(temp.dir, 'dist');
    for (const category of project.categories)
      writeFakeBuild(from, {
        repo: category.repo,
        role: category.role,
        time: new Date('2026-11-27T20:30:00Z'),
        titles: [`${category.id} engineer`],
      });
    const remote = (repo: string) => join(temp.dir, 'remotes', `${repo}.git`);
    const args = ['publish', '--all', '--from', from, '--remote', join(temp.dir, 'remotes/{repo}.git')];
    const work = ['--work-dir', join(temp.dir, 'work')];
    const killed = startCli([...args, ...work], { detached: true });
    // Killed with every git process it started as soon as the first repository is published.
    let text = '';
    killed.child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!/\] \S+: published/u.test(text)) return;
        clearInterval(poll);
        process.kill(-(killed.child.pid ?? 0), 'SIGKILL');
        resolve();
      }, 2);
    });
    expect((await killed.done).signal).toBe('SIGKILL');
    const done = project.categories.filter(
      ({ repo }) => existsSync(remote(repo)) && commitCount(remote(repo)) === 1,
    );
    expect(done.length).toBeGreaterThan(0);

    const resumed = await runCli([...args, ...work, '--json']);
    expect(resumed.code).toBe(0);
    const document = JSON.parse(resumed.output.slice(resumed.output.indexOf('{\n'))) as {
      repositories: Array<{ repo: string; status: string }>;
      summary: Record<string, number>;
    };
    const total = project.categories.length;
    expect(document.summary).toEqual({
      published: total - done.length,
      unchanged: done.length,
      wouldChange: 0,
      skipped: 0,
      deferred: 0,
      failed: 0,
      total,
    });
    const unchanged = document.repositories
      .filter((entry) => entry.status === 'unchanged')
      .map((entry) => entry.repo);
    expect(unchanged.sort()).toEqual(done.map(({ repo }) => repo).sort());
    for (const { repo } of project.categories) expect(commitCount(remote(repo))).toBe(1);
  }, 120_000);
});
