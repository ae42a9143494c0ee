import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../test/_helpers/call.ts';
import { type LoopbackGithub, startLoopbackGithub } from './server.ts';

const CLASSIC = 'ghp_loopbackClassic1';
const FINE = 'github_pat_loopbackFine1';
const READ_ONLY = 'github_pat_loopbackReadOnly1';

let root: string;
let github: LoopbackGithub;
let time: number;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'loopback-github-'));
  time = Date.UTC(2026, 11, 7, 12);
  github = await startLoopbackGithub({ root, clock: { now: () => time } });
  github.addOrganization('acme', ['ada']);
  github.addToken({ value: CLASSIC, login: 'ada', scopes: ['repo', 'workflow'] });
  github.addToken({
    value: FINE,
    login: 'ada',
    owner: 'acme',
    permissions: { administration: 'write', contents: 'write', pages: 'write', actions: 'read' },
  });
  github.addToken({ value: READ_ONLY, login: 'ada', owner: 'acme', permissions: { contents: 'read' } });
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (method: string, path: string, token?: string, body?: unknown) =>
  callApi(github.apiBase, method, path, token, body);

describe('the REST API', () => {
  it('answers GET /user with the token’s login, scopes and rate-limit headers; 401 for an unknown token', async () => {
    const user = await call('GET', '/user', CLASSIC);
    expect(user.status).toBe(200);
    expect(user.body.login).toBe('ada');
    expect(user.headers.get('x-oauth-scopes')).toBe('repo, workflow');
    expect(user.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(user.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(user.headers.get('x-ratelimit-used')).toBe('1');
    expect(user.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(user.headers.get('x-ratelimit-reset'))).toBe(time / 1000 + 3600);
    expect((await call('GET', '/user', FINE)).headers.get('x-oauth-scopes')).toBeNull();
    expect((await call('GET', '/user', 'ghp_unknown')).status).toBe(401);
    expect((await call('GET', '/user')).status).toBe(401);
  });

  it('creates a repository once (422 "name already exists" after), with the token’s permissions', async () => {
    expect((await call('GET', '/repos/acme/Jobs', FINE)).status).toBe(404);
    const created = await call('POST', '/orgs/acme/repos', FINE, { name: 'Jobs', private: false });
    expect(created.status).toBe(201);
    expect(created.body.full_name).toBe('acme/Jobs');
    const again = await call('POST', '/orgs/acme/repos', CLASSIC, { name: 'jobs' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].message).toBe('name already exists on this account');
    expect((await call('GET', '/repos/acme/Jobs', FINE)).body.permissions).toMatchObject({
      push: true,
      admin: true,
    });
    expect((await call('GET', '/repos/acme/Jobs', READ_ONLY)).body.permissions).toMatchObject({
      push: false,
      pull: true,
    });
    expect((await call('POST', '/orgs/acme/repos', READ_ONLY, { name: 'Other' })).status).toBe(403);
    expect((await call('POST', '/orgs/nobody/repos', CLASSIC, { name: 'Other' })).status).toBe(404);
  });

  it('enables Pages once from a branch root (409 after) and reports it', async () => {
    github.addRepository({ owner: 'acme', name: 'Jobs' });
    expect((await call('GET', '/repos/acme/Jobs/pages', FINE)).status).toBe(404);
    const source = { branch: 'main', path: '/' };
    expect((await call('POST', '/repos/acme/Jobs/pages', READ_ONLY, { source })).status).toBe(403);
    expect((await call('POST', '/repos/acme/Jobs/pages', FINE, { source })).status).toBe(201);
    expect((await call('POST', '/repos/acme/Jobs/pages', FINE, { source })).status).toBe(409);
    expect((await call('GET', '/repos/acme/Jobs/pages', FINE)).body.source).toEqual(source);
  });

  it('reports and enables a workflow', async () => {
    github.addRepository({
      owner: 'acme',
      name: 'joblist',
      workflows: { 'publish.yml': 'disabled_manually' },
    });
    const path = '/repos/acme/joblist/actions/workflows/publish.yml';
    expect((await call('GET', path, FINE)).body.state).toBe('disabled_manually');
    expect((await call('PUT', `${path}/enable`, FINE)).status).toBe(403);
    expect((await call('PUT', `${path}/enable`, CLASSIC)).status).toBe(204);
    expect(github.repository('acme', 'joblist')?.workflows['publish.yml']).toBe('active');
    expect((await call('GET', '/repos/acme/joblist/actions/workflows/other.yml', FINE)).status).toBe(404);
  });

  it('refuses content-creating requests past the per-minute limit (a secondary limit) until the clock moves on', async () => {
    await github.close();
    github = await startLoopbackGithub({ root, clock: { now: () => time }, limits: { contentPerMinute: 3 } });
    github.addOrganization('acme', ['ada']);
    github.addToken({ value: FINE, login: 'ada', owner: 'acme', permissions: { administration: 'write' } });
    for (let index = 0; index < 3; index++)
      expect((await call('POST', '/orgs/acme/repos', FINE, { name: `R${index}` })).status).toBe(201);
    const refused = await call('POST', '/orgs/acme/repos', FINE, { name: 'R3' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(github.limiter.secondaryHits).toBe(1);
    time += 60_000;
    expect((await call('POST', '/orgs/acme/repos', FINE, { name: 'R3' })).status).toBe(201);
  });
});

describe('git smart HTTP behind the tokens', () => {
  const gitEnv = (token?: string) => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'T',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 'T',
    GIT_COMMITTER_EMAIL: 't@example.com',
    ...(token && {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${github.origin}/.extraHeader`,
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    }),
  });
  /** Runs git without blocking this process (the server answers from it). */
  const gitAsync = (args: string[], cwd: string, token?: string) =>
    new Promise<{ status: number; stderr: string }>((resolve) => {
      execFile('git', args, { cwd, env: gitEnv(token) }, (error, _stdout, stderr) =>
        resolve({ status: error ? 1 : 0, stderr }),
      );
    });
  const push = (work: string, token?: string) =>
    gitAsync(['push', `${github.origin}/acme/Jobs.git`, 'HEAD:refs/heads/main'], work, token);

  it('lets anyone clone a public repository and only a token with push permission push', async () => {
    const bare = github.addRepository({ owner: 'acme', name: 'Jobs' });
    const work = join(root, 'work');
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', work]);
    writeFileSync(join(work, 'README.md'), '# Jobs\n');
    execFileSync('git', ['add', '.'], { cwd: work });
    execFileSync('git', ['commit', '--quiet', '-m', 'first'], { cwd: work, env: gitEnv() });
    expect((await push(work)).status).not.toBe(0);
    const denied = await push(work, READ_ONLY);
    expect(denied.status).not.toBe(0);
    expect(denied.stderr).toMatch(/403/u);
    expect((await push(work, FINE)).status).toBe(0);
    expect(execFileSync('git', ['log', '--format=%s', 'main'], { cwd: bare, encoding: 'utf8' }).trim()).toBe(
      'first',
    );
    const clone = await gitAsync(
      ['clone', '--quiet', `${github.origin}/acme/Jobs.git`, join(root, 'clone')],
      root,
    );
    expect(clone.status).toBe(0);
  });
});
