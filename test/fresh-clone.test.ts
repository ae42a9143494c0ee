import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { createFork, type Fork } from '@joblist/workflow-runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './_helpers/cli.ts';
import { git, listFiles } from './_helpers/git.ts';
import { turboEnv } from './_helpers/turbo.ts';

/**
 * What a maintainer does, on real clones of this working tree: add a category with `new-category`,
 * commit exactly what it says, and on a fresh clone install with the frozen lockfile and run
 * `pnpm generate`; then `preview` and `publish --dry-run` find every category's build with no flag.
 */
const MINUTES = 60_000;
const IDENTITY = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const env = turboEnv({ ...IDENTITY, GITHUB_TOKEN: '', GH_TOKEN: '' });
const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });

/** `joblist <args>` of the checkout in `cwd` (its compiled CLI). */
const joblist = (cwd: string, args: string[]) =>
  run(cwd, process.execPath, ['scripts/bin/joblist.cjs', ...args]);

let fork: Fork;
let first: string;
let fresh: string;
const NEW = { id: 'devops', role: 'DevOps engineer', repo: 'DevOps-Jobs' };

beforeAll(() => {
  fork = createFork({ source: ROOT });
  first = join(fork.dir, 'first');
  fresh = join(fork.dir, 'fresh');
  git(fork.dir, ['clone', '--quiet', fork.repositoryPath(fork.repository), first]);
  run(first, 'pnpm', ['install', '--frozen-lockfile', '--offline']);
}, 10 * MINUTES);
afterAll(() => fork?.cleanup());

describe('a category is one commit', () => {
  it(
    'new-category leaves the checkout ready to commit and says what to commit',
    () => {
      const output = joblist(first, ['new-category', NEW.id, '--role', NEW.role, '--repo', NEW.repo]);
      const commit = /^ {2}(git add .+)$/mu.exec(output)?.[1];
      expect(commit).toBe(
        `git add joblist.config.ts categories/${NEW.id} pnpm-lock.yaml && git commit -m "Add the ${NEW.id} category"`,
      );
      run(first, 'sh', ['-c', commit ?? 'false']);
      expect(git(first, ['status', '--porcelain'])).toBe('');
      git(first, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    },
    5 * MINUTES,
  );

  it(
    'a fresh clone installs with --frozen-lockfile and `pnpm generate` publishes every category',
    async () => {
      git(fork.dir, ['clone', '--quiet', fork.repositoryPath(fork.repository), fresh]);
      run(fresh, 'pnpm', ['install', '--frozen-lockfile', '--offline']);
      run(fresh, 'pnpm', ['generate']);
      const project = await loadProject(join(fresh, 'joblist.config.ts'));
      expect(project.categories.map((category) => category.repo)).toContain(NEW.repo);
      for (const category of project.categories)
        expect(listFiles(join(fresh, 'out/repos', `${category.repo}.git`)), category.repo).toContain(
          'README.md',
        );
    },
    15 * MINUTES,
  );
});

describe('after `pnpm generate`, every command finds the build with no flag', () => {
  it(
    'joblist publish --all --dry-run exits 0: nothing would change',
    () => {
      const output = joblist(fresh, ['publish', '--all', '--dry-run']);
      expect(output).toMatch(/Summary: 0 would change, 5 unchanged, 0 failed \(of 5\)/u);
    },
    5 * MINUTES,
  );

  it(
    'joblist preview lists and serves every category',
    async () => {
      const project = await loadProject(join(fresh, 'joblist.config.ts'));
      const child = spawn(process.execPath, ['scripts/bin/joblist.cjs', 'preview', '--port', '0'], {
        cwd: fresh,
        env,
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8');
            const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(output)?.[0];
            if (found) resolve(found);
          });
          child.on('close', () => reject(new Error(`preview exited: ${output}`)));
        });
        const index = await (await fetch(url)).text();
        expect(index).not.toContain('not built yet');
        for (const category of project.categories) {
          expect(index).toContain(`href="${category.repo}/index.html"`);
          expect((await fetch(new URL(`${category.repo}/README.md`, url))).status).toBe(200);
        }
      } finally {
        child.kill('SIGINT');
      }
    },
    5 * MINUTES,
  );
});
