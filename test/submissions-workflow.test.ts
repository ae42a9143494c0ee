import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { loadProject } from '@joblist/config';
import { type LoopbackGithub, startLoopbackGithub } from '@joblist/loopback-github';
import { createFork, type Fork, type JobResult, runJob } from '@joblist/workflow-runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueBody } from '../packages/submissions/test/_helpers/issue-body.ts';
import { deploymentConfig } from './_helpers/deployment.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORKFLOW = '.github/workflows/submissions.yml';
const REPOSITORY = 'jobs-jobr-pro/joblist';
const BACKEND_REPO = 'jobs-jobr-pro/Backend-Development-Jobs';

let fork: Fork;
let servers: Server[] = [];
let board: string;
let github: LoopbackGithub;
let githubRoot: string;
/** A folder with the `gh` stand-in, and the log it writes (its arguments, and the body file it was given). */
let gh: { dir: string; log: string };
const pathBefore = process.env.PATH;

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // A deployment: its config has real sources (here the readers' submissions), not the synthetic sample.
  const { site } = await loadProject(join(ROOT, 'joblist.config.ts'));
  fork = createFork({
    source: ROOT,
    repository: REPOSITORY,
    files: { 'joblist.config.ts': deploymentConfig(site) },
  });
  fork.createRepository(BACKEND_REPO);
  board = await listen((_request, response) => response.end('a job page'));
  // GitHub's permission API (the loopback GitHub): the maintainer is an admin, the reader may only read.
  githubRoot = mkdtempSync(join(tmpdir(), 'joblist-loopback-github-'));
  github = await startLoopbackGithub({ root: githubRoot });
  github.addToken({ value: fork.githubToken, login: 'github-actions', scopes: ['repo'] });
  github.addRepository({
    owner: 'jobs-jobr-pro',
    name: 'joblist',
    collaborators: { maintainer: 'admin', reader: 'read' },
  });
  // The runner's `gh` (not installed here): records what the workflow asks of it.
  const dir = mkdtempSync(join(tmpdir(), 'joblist-gh-'));
  gh = { dir, log: join(dir, 'gh.log') };
  writeFileSync(
    join(dir, 'gh'),
    `#!/bin/sh\nprintf 'gh %s\\n' "$*" >> '${gh.log}'\nwhile [ $# -gt 0 ]; do\n  if [ "$1" = --body-file ]; then cat "$2" >> '${gh.log}'; fi\n  shift\ndone\n`,
  );
  chmodSync(join(dir, 'gh'), 0o755);
  process.env.PATH = `${dir}${delimiter}${pathBefore}`;
}, 120_000);
afterAll(async () => {
  process.env.PATH = pathBefore;
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  servers = [];
  await github.close();
  rmSync(githubRoot, { recursive: true, force: true });
  rmSync(gh.dir, { recursive: true, force: true });
  fork.cleanup();
});

/** An `issues` event payload: a label added to issue 7 by `sender` (or another action without a label). */
const payload = (sender: string, label: string | undefined, action = 'labeled') => ({
  action,
  ...(label !== undefined && { label: { name: label } }),
  issue: {
    number: 7,
    title: 'Add a job: Submitted Backend Engineer',
    body: issueBody('add-job', {
      url: `${board}/jobs/42`,
      company: 'Loopback Labs',
      title: 'Submitted Backend Engineer',
      location: 'Lisbon, Portugal',
      workplace: 'Remote',
      category: 'Backend developer',
      email: 'ada@example.com',
    }),
    user: { login: 'ada' },
  },
  sender: { login: sender },
});

const run = (job: string, event: ReturnType<typeof payload>, needs?: JobResult) =>
  runJob(fork, {
    workflow: WORKFLOW,
    job,
    event: 'issues',
    payload: event,
    vars: {
      JOBLIST_GITHUB_API: github.apiBase,
      JOBLIST_ALLOW_HTTP_LOOPBACK: '1',
      JOBLIST_ALLOW_LOOPBACK: '1',
    },
    secrets: { JOBLIST_TOKEN: 'publish-token-canary-0123456789' },
    ...(needs && { needs: { authorize: { result: needs.status, outputs: needs.outputs } } }),
  });

const git = (repository: string, args: string[]) =>
  execFileSync('git', ['--git-dir', fork.repositoryPath(repository), ...args], { encoding: 'utf8' });
const ghLog = () => {
  try {
    return readFileSync(gh.log, 'utf8');
  } catch {
    return '';
  }
};

describe('submissions.yml, run by the workflow harness', { timeout: 900_000 }, () => {
  it('does nothing for an unlabelled event or another label', async () => {
    for (const event of [payload('maintainer', undefined, 'opened'), payload('maintainer', 'bug')]) {
      const authorize = await run('authorize', event);
      expect(authorize.status).toBe('skipped');
      expect((await run('apply', event, authorize)).status).toBe('skipped');
    }
    expect(ghLog()).toBe('');
    expect(git(REPOSITORY, ['rev-parse', 'main']).trim()).toBe(fork.sha);
  });

  it('does nothing when the labeller has no write access (the permission API says so)', async () => {
    const event = payload('reader', 'approved');
    const authorize = await run('authorize', event);
    expect(authorize.status, authorize.output).toBe('success');
    expect(authorize.outputs).toEqual({ allowed: 'false' });
    expect((await run('apply', event, authorize)).status).toBe('skipped');
    expect(ghLog()).toBe('');
    expect(git(REPOSITORY, ['rev-parse', 'main']).trim()).toBe(fork.sha);
  });

  it('applies an approved submission: committed with credit, built into its category README, published, commented once, closed', async () => {
    const event = payload('maintainer', 'approved');
    const authorize = await run('authorize', event);
    expect(authorize.outputs).toEqual({ allowed: 'true' });
    const apply = await run('apply', event, authorize);
    expect(apply.status, apply.output).toBe('success');

    const message = git(REPOSITORY, ['log', '-1', '--format=%B', 'main']);
    expect(message).toContain('submissions: apply #7 (add-job)');
    expect(message).toContain('Co-authored-by: ada <ada@example.com>');
    const file = JSON.parse(git(REPOSITORY, ['show', 'main:data/submissions.json']));
    expect(file.jobs).toEqual([
      expect.objectContaining({
        id: '7',
        url: `${board}/jobs/42`,
        title: 'Submitted Backend Engineer',
        issue: 7,
      }),
    ]);

    const built = readFileSync(
      join(apply.workspace, 'categories/backend/dist/Backend-Development-Jobs/README.md'),
      'utf8',
    );
    expect(built).toContain('Submitted Backend Engineer');
    expect(git(BACKEND_REPO, ['show', 'main:README.md'])).toContain('Submitted Backend Engineer');

    const line = `- added \`Submitted Backend Engineer\` at \`Loopback Labs\` to Backend developer: \`${board}/jobs/42\``;
    const log = ghLog();
    expect(log.match(/^gh issue comment /gmu)).toHaveLength(1);
    expect(log).toContain(`gh issue comment 7 --repo ${REPOSITORY} --body-file `);
    expect(log).toContain(`Applied: the lists show this with their next build.\n\n${line}\n`);
    expect(log).toContain(`gh issue close 7 --repo ${REPOSITORY}\n`);
    expect(apply.output).not.toContain(fork.githubToken);
    expect(apply.output).not.toContain('publish-token-canary-0123456789');
  });
});
