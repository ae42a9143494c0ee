import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Category } from '@joblist/core-model';
import { type LoopbackGithub, loopbackEnvironment, startLoopbackGithub } from '@joblist/loopback-github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, listFiles, makeTempDir } from '../../test/_helpers/git.ts';
import { PROJECT_ROOT, siteCategories } from '../../test/_helpers/workspace-copy.ts';

// Follows README "Deploy to your own organisation" command by command, on a fresh clone of a fork served by
// a loopback GitHub (API, Pages, workflows, git behind tokens), to a first publish; between the steps, it
// breaks the deployment the ways doctor must catch, each reported on one line with exit code 1.

const ORG = 'acme-jobs';
/** The publish token (a canary: it must appear in no output and no file). */
const TOKEN = 'github_pat_DeployGuideCanary4f8a2c9e1b7d';
const READ_ONLY = 'github_pat_DeployGuideReadOnly77';
const MAINTAINER = 'ghp_DeployGuideMaintainer31';
const SECTION = '## Deploy to your own organisation';

/** The shell blocks of the README's deploy section, in order, with `YOUR-ORG` filled in. */
function guideBlocks(): string[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${SECTION}\n`);
  const section = readme.slice(start, readme.indexOf('\n## ', start + SECTION.length));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/gu)].map((match) =>
    (match[1] ?? '').replaceAll('YOUR-ORG', ORG),
  );
}

interface Shell {
  cwd: string;
  env: NodeJS.ProcessEnv;
}
interface Ran {
  code: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
  stdout: string;
}

/** Runs a script with `bash -e` (not blocking the loopback server); the shell's cwd and exports carry over. */
function run(shell: Shell, script: string, input = ''): Promise<Ran> {
  const state = join(temp.dir, '.shell-state');
  const wrapped = `set -e\n${script}\npwd > '${state}.cwd'\nenv -0 > '${state}.env'\n`;
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', wrapped], {
      cwd: shell.cwd,
      env: shell.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stdin.end(input);
    child.on('close', (code) => {
      if (code === 0) {
        shell.cwd = readFileSync(`${state}.cwd`, 'utf8').trim();
        shell.env = Object.fromEntries(
          readFileSync(`${state}.env`, 'utf8')
            .split('\0')
            .filter(Boolean)
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        );
      }
      outputs.push(output);
      resolve({ code, output, stdout });
    });
  });
}

/** The lines of a doctor run that report a failure. */
const failures = (output: string) => output.split('\n').filter((line) => line.startsWith('FAIL '));

let temp: ReturnType<typeof makeTempDir>;
let github: LoopbackGithub;
let categories: Category[];
const outputs: string[] = [];
beforeAll(async () => {
  temp = makeTempDir('joblist-deploy-guide-');
  categories = await siteCategories();
  github = await startLoopbackGithub({ root: join(temp.dir, 'github') });
  github.addOrganization(ORG, ['maintainer']);
  github.addToken({
    value: TOKEN,
    login: 'maintainer',
    owner: ORG,
    permissions: { administration: 'write', contents: 'write', pages: 'write', actions: 'read' },
  });
  github.addToken({
    value: READ_ONLY,
    login: 'maintainer',
    owner: ORG,
    permissions: { contents: 'read', pages: 'read', actions: 'read' },
  });
  github.addToken({ value: MAINTAINER, login: 'maintainer', scopes: ['repo', 'workflow'] });
  // Step 1 on GitHub: the fork, its workflows disabled as on any new fork.
  const fork = github.addRepository({
    owner: ORG,
    name: 'joblist',
    workflows: { 'publish.yml': 'disabled_manually' },
  });
  // GitHub makes the fork on its side, history and all; here the checkout's HEAD is pushed into it, and the
  // checkout may be shallow (a CI runner's `actions/checkout`), so the fork takes a shallow push.
  const run = promisify(execFile);
  await run('git', ['config', 'receive.shallowUpdate', 'true'], { cwd: fork });
  await run('git', ['push', '--quiet', fork, 'HEAD:refs/heads/main'], { cwd: PROJECT_ROOT });
  // A category repository the maintainer made by hand, without Pages.
  github.addRepository({ owner: ORG, name: categories[0]?.repo ?? '' });
});
afterAll(async () => {
  await github.close();
  temp.cleanup();
});

describe('README "Deploy to your own organisation"', () => {
  it('goes from a fresh clone of a fork to a first publish; doctor reports each misconfiguration on one line', async () => {
    const blocks = guideBlocks();
    expect(blocks).toHaveLength(5);
    const [cloneBlock, siteBlock, tokenBlock, doctorBlock, publishBlock] = blocks as [
      string,
      string,
      string,
      string,
      string,
    ];
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env))
      if (/^(?:GITHUB_|GH_|JOBLIST_|GIT_CONFIG|npm_)/u.test(name)) delete env[name];
    // The maintainer's own git credentials (for pushing the fork), as a credential helper would give them.
    const credentials = join(temp.dir, 'git-credentials');
    writeFileSync(credentials, `${github.origin.replace('//', `//maintainer:${MAINTAINER}@`)}\n`);
    // The maintainer's own global git config (empty): none of this machine's, e.g. a CI runner's URL rewrites.
    const globalConfig = join(temp.dir, 'gitconfig');
    writeFileSync(globalConfig, '');
    const shell: Shell = {
      cwd: temp.dir,
      env: {
        ...env,
        ...loopbackEnvironment(github),
        GIT_CONFIG_GLOBAL: globalConfig,
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_1: 'credential.helper',
        GIT_CONFIG_VALUE_1: `store --file=${credentials}`,
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: 'Maintainer',
        GIT_AUTHOR_EMAIL: 'maintainer@example.org',
        GIT_COMMITTER_NAME: 'Maintainer',
        GIT_COMMITTER_EMAIL: 'maintainer@example.org',
      },
    };
    const doctor = (extra = '') => run(shell, `${extra}pnpm joblist doctor`);

    // 2. Clone and install.
    const cloned = await run(shell, cloneBlock);
    expect(cloned.code, cloned.output).toBe(0);
    const clone = shell.cwd;
    expect(clone).toBe(join(temp.dir, 'joblist'));

    // The fork as cloned still publishes the synthetic sample, and no token is set.
    const sample = await doctor();
    expect(sample.code).toBe(1);
    expect(failures(sample.output)).toEqual([
      expect.stringMatching(
        /^FAIL sources: the synthetic sample source would publish made-up jobs to https:\/\/github\.com\/jobs-jobr-pro\/\{repo\}\.git — fix: /u,
      ),
      expect.stringMatching(/^FAIL token: neither GITHUB_TOKEN nor GH_TOKEN is set — fix: /u),
    ]);

    // A package.json changed without its lockfile entry.
    const stats = join(clone, 'packages/stats/package.json');
    const original = readFileSync(stats, 'utf8');
    writeFileSync(
      stats,
      original.replace('"dependencies": {', '"dependencies": {\n    "valibot": "catalog:",'),
    );
    const stale = await doctor();
    expect(stale.code).toBe(1);
    expect(failures(stale.output)[0]).toMatch(
      /^FAIL lockfile: pnpm-lock\.yaml is out of date: .+ — fix: run `pnpm install`/u,
    );
    writeFileSync(stats, original);

    // 3. The site: the maintainer's own jobs (here generated) in jobs.json, read by a file source.
    const jobs = await run(
      shell,
      `pnpm joblist sample --out jobs.json --per-category 12 --as-of ${new Date().toISOString()}`,
    );
    expect(jobs.code, jobs.output).toBe(0);
    const site = await run(shell, siteBlock);
    expect(site.code, site.output).toBe(0);
    expect(listFiles(github.repoPath(ORG, 'joblist'))).toContain('sources.json');

    // Without a token.
    const noToken = await doctor();
    expect(noToken.code).toBe(1);
    expect(failures(noToken.output)).toEqual([
      expect.stringMatching(/^FAIL token: neither GITHUB_TOKEN nor GH_TOKEN/u),
    ]);

    // 4. The token, read from the prompt.
    expect((await run(shell, tokenBlock, `${TOKEN}\n`)).code).toBe(0);
    expect(shell.env.GITHUB_TOKEN).toBe(TOKEN);

    // 6. doctor: the repositories are missing, the hand-made one has no Pages, the schedule is off.
    const first = await run(shell, doctorBlock);
    expect(first.code).toBe(1);
    const [made, ...missing] = categories.map((category) => `${ORG}/${category.repo}`);
    const found = failures(first.output);
    expect(found).toHaveLength(missing.length + 2);
    expect(found.filter((line) => line.startsWith('FAIL repo ')).sort()).toEqual(
      missing
        .map(
          (repo) =>
            `FAIL repo ${repo}: not found (or the token cannot see it) — fix: \`pnpm joblist publish --all --create\` creates it`,
        )
        .sort(),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        new RegExp(`^FAIL pages ${made}: off: its index.html is not served — fix: `, 'u'),
      ),
    );
    expect(found.at(-1)).toMatch(
      /^FAIL workflow acme-jobs\/joblist publish\.yml: disabled_manually: the schedule does not run — fix: /u,
    );
    // Step 1's click in the Actions tab.
    github.setWorkflow(ORG, 'joblist', 'publish.yml', 'active');

    // A token that may read but not push.
    const readOnly = await doctor(`GITHUB_TOKEN=${READ_ONLY} `);
    expect(readOnly.code).toBe(1);
    expect(failures(readOnly.output)).toContain(
      `FAIL repo ${made}: the token may not push to it — fix: give the token Contents: write on ${made}`,
    );

    // 7. The first publish, then doctor again: all good.
    const published = await run(shell, publishBlock);
    expect(published.code, published.output).toBe(0);
    expect(failures(published.output)).toEqual([]);
    expect(published.output).toMatch(/^ok {3}workflow acme-jobs\/joblist publish\.yml: enabled/mu);
    for (const category of categories) {
      const files = listFiles(github.repoPath(ORG, category.repo));
      expect(files).toEqual(expect.arrayContaining(['README.md', 'index.html', '.joblist/manifest.json']));
      expect(github.repository(ORG, category.repo)?.pages).toEqual({ branch: 'main', path: '/' });
    }
    expect(github.limiter.secondaryHits).toBe(0);

    // --json: one document with stable keys.
    const json = await run(shell, 'pnpm exec joblist doctor --json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      command: string;
      ok: boolean;
      exitCode: number;
      checks: unknown[];
    };
    expect(report).toMatchObject({ command: 'doctor', ok: true, exitCode: 0 });
    expect(report.checks.length).toBe(4 + 2 * categories.length + 1);

    // The token went only to the loopback GitHub, and appears in no output or file.
    for (const output of outputs) expect(output).not.toContain(TOKEN);
    expect(filesContaining(join(clone, 'out'), TOKEN)).toEqual([]);
    expect(filesContaining(join(clone, '.git'), TOKEN)).toEqual([]);
  }, 900_000);
});
