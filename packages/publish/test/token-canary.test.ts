import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Hex } from '@joblist/core-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArgs, fetchArgs, publishArgs, runCli } from '../../../test/_helpers/cli.ts';
import {
  type GitHttpServer,
  initBare,
  listFiles,
  makeTempDir,
  startGitHttpServer,
} from '../../../test/_helpers/git.ts';

// A canary token goes through fetch, build and publish against loopback smart-HTTP git servers
// (git http-backend): it must reach only the remote it belongs to, never a plain-http remote nor a
// host a redirect names, and never show in any output or file, in any encoding.

const TOKEN = 'ghs_CanaryToken7f3a9c1e5b2d8f4a6c0e';
const ORG = 'jobs-jobr-pro';
const REPO = 'Backend-Development-Jobs';

/** The token as raw text, base64 (alone and in the Basic credentials), URL- and percent-encoded. */
function encodings(token: string): string[] {
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const percent = [...Buffer.from(token)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  return [
    token,
    base64(token),
    base64(`x-access-token:${token}`),
    encodeURIComponent(token),
    percent,
    percent.toUpperCase(),
  ];
}

/** Every file under `dir` (`.git` folders included) holding the token in any encoding. */
function filesWithToken(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const text = readFileSync(file, 'latin1');
      return encodings(TOKEN).some((form) => text.includes(form));
    });
}

const sawToken = (server: GitHttpServer) =>
  server.requests.filter((request) => encodings(TOKEN).some((form) => request.authorization?.includes(form)));

let temp: ReturnType<typeof makeTempDir>;
let servers: GitHttpServer[];
let outputs: string[];
beforeEach(() => {
  temp = makeTempDir('joblist-canary-');
  servers = [];
  outputs = [];
});
afterEach(async () => {
  for (const server of servers) await server.close();
  temp.cleanup();
});

async function server(name: string): Promise<GitHttpServer> {
  const started = await startGitHttpServer(join(temp.dir, name), TOKEN);
  servers.push(started);
  return started;
}

/** Runs the CLI with the canary token set; collects its output for the final scan. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = await runCli(args, { GITHUB_TOKEN: TOKEN, ...env });
  outputs.push(result.output);
  return result;
}

/** Publishes the (sample) build to a URL remote: the sample is allowed there explicitly. */
const publishTo = (remote: string, extra: string[] = []) =>
  publishArgs({ from: join(temp.dir, 'build'), workDir: join(temp.dir, 'work'), remote }, [
    '--allow-sample',
    ...extra,
  ]);

describe('the token goes only over https to the remote itself', () => {
  it('is refused for plain http, not carried across redirects, and never written or printed', async () => {
    const snapshot = join(temp.dir, 'data/snapshot.json');
    expect((await run(fetchArgs(snapshot, join(temp.dir, 'data/cache')))).code).toBe(0);
    expect((await run(buildArgs(snapshot, join(temp.dir, 'build')))).code).toBe(0);

    const home = await server('home');
    initBare(home.repoPath(ORG, REPO));

    // Plain http while a token is set: refused before any request.
    const plain = await run(publishTo(home.remoteTemplate));
    expect(plain.code).toBe(1);
    expect(plain.output).toMatch(
      /--remote http:\/\/127\.0\.0\.1:\d+: refusing to send the token .* over http; use an https URL/u,
    );
    expect(home.requests).toEqual([]);

    // The git remote answers 301 to another host name and port: that host never sees the token.
    const elsewhere = await server('elsewhere');
    initBare(elsewhere.repoPath(ORG, REPO));
    home.redirects.set('/git/', elsewhere.origin.replace('127.0.0.1', 'localhost'));
    const loopback = { JOBLIST_ALLOW_HTTP_LOOPBACK: '1' };
    const redirected = await run(publishTo(home.remoteTemplate), loopback);
    expect(redirected.code).toBe(1);
    expect(home.requests.length).toBeGreaterThan(0);
    expect(sawToken(elsewhere)).toEqual([]);

    // --create: the API answers 301 to another host; the POST is not repeated there.
    home.redirects.clear();
    home.redirects.set('/api/', elsewhere.origin.replace('127.0.0.1', 'localhost'));
    const missing = `${home.origin}/git/{org}/Missing-{repo}.git`;
    const created = await run(publishTo(missing, ['--create']), {
      ...loopback,
      JOBLIST_GITHUB_API: home.apiBase,
    });
    expect(created.code).toBe(1);
    expect(created.output).toContain('unexpected redirect');
    expect(sawToken(elsewhere)).toEqual([]);

    // Control: without a redirect the token does reach its own remote, so the checks above can fail.
    home.redirects.clear();
    const published = await run(publishTo(home.remoteTemplate), loopback);
    expect(published.code, published.output).toBe(0);
    expect(sawToken(home).length).toBeGreaterThan(0);

    for (const output of outputs) for (const form of encodings(TOKEN)) expect(output).not.toContain(form);
    expect(filesWithToken(temp.dir)).toEqual([]);
    expect(readFileSync(join(temp.dir, 'work', REPO, '.git/config'), 'utf8')).toContain(home.origin);
  });
});

/** What a build writes for one category (the known outputs) and the manifest. */
const KNOWN =
  /^(?:README\.md|archive\/\d{4}-\d{2}-\d{2}\.md|jobs\/page-\d+\.md|jobs\.json|jobs\.schema\.json|feed\.xml|feed\.json|index\.html|trend\.svg|LICENSE|\.joblist\/manifest\.json)$/u;

describe('publish writes only what joblist makes (issue 19, row 1)', () => {
  /** A command that, if git ever ran it, would leave the environment (and the token in it) in `captured`. */
  const capture = (captured: string) => `sh -c 'env >> ${captured}; echo'`;

  it('refuses a build output whose manifest lists .git/config (fsmonitor) and .github/workflows/: the token never leaves', async () => {
    const snapshot = join(temp.dir, 'data/snapshot.json');
    expect((await run(fetchArgs(snapshot, join(temp.dir, 'data/cache')))).code).toBe(0);
    expect((await run(buildArgs(snapshot, join(temp.dir, 'build')))).code).toBe(0);
    const captured = join(temp.dir, 'captured.txt');
    const dist = join(temp.dir, 'build', REPO);
    const manifestFile = join(dist, '.joblist/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      files: { path: string; sha256: string }[];
    };
    const evil = {
      '.git/config': `[core]\n\trepositoryformatversion = 0\n\tfsmonitor = ${capture(captured)}\n`,
      '.github/workflows/evil.yml':
        'on: push\njobs: { x: { runs-on: ubuntu-latest, steps: [{ run: "echo $TOKEN" }] } }\n',
    };
    for (const [path, content] of Object.entries(evil)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), content);
      manifest.files.push({ path, sha256: sha256Hex(content) });
    }
    writeFileSync(manifestFile, JSON.stringify(manifest));

    const home = await server('home');
    const bare = home.repoPath(ORG, REPO);
    initBare(bare);
    const published = await run(publishTo(home.remoteTemplate), { JOBLIST_ALLOW_HTTP_LOOPBACK: '1' });
    expect(published.code).toBe(1);
    expect(published.output).toMatch(
      /files\.\d+\.path: must not name a hidden file or folder such as \.git or \.github/u,
    );
    expect(existsSync(captured)).toBe(false);
    expect(existsSync(join(temp.dir, 'work', REPO, '.github'))).toBe(false);
    expect(sawToken(home)).toEqual([]);
    for (const output of outputs) for (const form of encodings(TOKEN)) expect(output).not.toContain(form);
    expect(filesWithToken(temp.dir)).toEqual([]);

    // Control: the same build without the two files publishes, and only the known outputs reach the remote.
    manifest.files = manifest.files.filter((file) => !(file.path in evil));
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const clean = await run(publishTo(home.remoteTemplate), { JOBLIST_ALLOW_HTTP_LOOPBACK: '1' });
    expect(clean.code, clean.output).toBe(0);
    expect(sawToken(home).length).toBeGreaterThan(0);
    const files = listFiles(bare);
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((file) => !KNOWN.test(file))).toEqual([]);
    expect(existsSync(captured)).toBe(false);
  });

  it("never runs a command a work copy's .git/config names (fsmonitor, hooks): the token stays in joblist", async () => {
    const snapshot = join(temp.dir, 'data/snapshot.json');
    expect((await run(fetchArgs(snapshot, join(temp.dir, 'data/cache')))).code).toBe(0);
    expect((await run(buildArgs(snapshot, join(temp.dir, 'build')))).code).toBe(0);
    const home = await server('home');
    initBare(home.repoPath(ORG, REPO));
    const loopback = { JOBLIST_ALLOW_HTTP_LOOPBACK: '1' };
    expect((await run(publishTo(home.remoteTemplate), loopback)).code).toBe(0);

    // Someone wrote the work copy's config and hooks between two runs (a restored cache, a shared runner).
    const captured = join(temp.dir, 'captured.txt');
    const work = join(temp.dir, 'work', REPO, '.git');
    const config = readFileSync(join(work, 'config'), 'utf8');
    writeFileSync(
      join(work, 'config'),
      `${config}[core]\n\tfsmonitor = ${capture(captured)}\n[credential]\n\thelper = !${capture(captured)}\n`,
    );
    for (const hook of [
      'pre-commit',
      'prepare-commit-msg',
      'post-commit',
      'pre-push',
      'reference-transaction',
      'post-checkout',
    ]) {
      writeFileSync(join(work, 'hooks', hook), `#!/bin/sh\nenv >> ${captured}\n`, { mode: 0o755 });
    }
    const later = await run(buildArgs(snapshot, join(temp.dir, 'build'), ['--now', '2026-11-28T00:30:00Z']));
    expect(later.code).toBe(0);
    const published = await run(publishTo(home.remoteTemplate), loopback);
    expect(published.code, published.output).toBe(0);
    expect(existsSync(captured)).toBe(false);
    for (const output of outputs) for (const form of encodings(TOKEN)) expect(output).not.toContain(form);
    expect(filesWithToken(temp.dir)).toEqual([]);
  }, 180_000);
});
