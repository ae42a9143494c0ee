import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { inShard, shardCount } from '@joblist/core-model';
import {
  createFork,
  type Fork,
  type JobResult,
  type RemoteCacheServer,
  runWorkflow,
  startRemoteCache,
  type WorkflowResult,
} from '@joblist/workflow-runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './_helpers/cli.ts';
import { deploymentFiles } from './_helpers/deployment.ts';
import { commitCount, filesContaining, git, listFiles } from './_helpers/git.ts';

/**
 * `.github/workflows/publish.yml`, run as GitHub runs it (the workflow-runner harness): the fetch job, then
 * the publish matrix shard by shard, on fresh clones of this working tree with a deployment's own commit on
 * top (its config: real sources, not the synthetic sample), with https://github.com/
 * pointed at local bare repositories, the category repositories created beforehand as a deployment has
 * them, a canary token as the secret and a loopback Turbo remote cache (signed) shared by the jobs.
 */
const TOKEN = 'ghp_canary0publish0workflow0token0000000';
const SIGNATURE_KEY = 'turbo-signature-canary-key-0123456789';
const TURBO_TOKEN = 'turbo-cache-canary-token-0123456789';
const WORKFLOW = '.github/workflows/publish.yml';
const MINUTES = 60_000;

let fork: Fork;
let turboCache: RemoteCacheServer;
let repositories: string[];
/** The shard count the config asks for, and each shard's repositories. */
let shards: string[][];
const runs: WorkflowResult[] = [];

const publishIn = (target: Fork, runId: string) =>
  runWorkflow(target, {
    workflow: WORKFLOW,
    runId,
    secrets: {
      JOBLIST_TOKEN: TOKEN,
      TURBO_TOKEN,
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: SIGNATURE_KEY,
    },
    vars: { TURBO_API: turboCache.api, TURBO_TEAM: 'joblist' },
  });
const publish = (runId: string) => publishIn(fork, runId);
/** Every job run of a workflow run (a matrix job once per entry), in order. */
const jobRuns = (result: WorkflowResult) => Object.values(result.jobs).flatMap((job) => job.runs);
const step = (result: JobResult | undefined, name: RegExp) =>
  result?.steps.find((entry) => name.test(entry.name));
/** Whether `secret` is in a commit message or a file of any commit of `branch`. */
function inHistory(repo: string, branch: string, secret: string): boolean {
  const commits = git(repo, ['rev-list', branch]).split('\n');
  if (git(repo, ['log', '--format=%B', branch]).includes(secret)) return true;
  return (
    spawnSync('git', ['grep', '--quiet', '--fixed-strings', secret, ...commits], { cwd: repo }).status === 0
  );
}
const counts = () =>
  Object.fromEntries(repositories.map((repo) => [repo, commitCount(fork.repositoryPath(repo))]));

beforeAll(async () => {
  const project = await loadProject(join(ROOT, 'joblist.config.ts'));
  fork = createFork({
    source: ROOT,
    repository: `${project.site.github.org}/joblist`,
    files: deploymentFiles(project.site),
  });
  const repoOf = (category: { repo: string }) => `${project.site.github.org}/${category.repo}`;
  repositories = project.categories.map(repoOf);
  for (const repo of repositories) fork.createRepository(repo);
  const count = shardCount(project.categories.length, project.site.publish.shardSize);
  shards = Array.from({ length: count }, (_, index) =>
    inShard(project.categories, { index: index + 1, count }).map(repoOf),
  );
  turboCache = await startRemoteCache(TURBO_TOKEN);
}, MINUTES);
afterAll(async () => {
  fork?.cleanup();
  await turboCache?.close();
});

describe('publish.yml, run as GitHub runs it', () => {
  it(
    'a first run on a new fork: every step exits 0 and every category repository gets its README and manifest',
    async () => {
      const result = await publish('1');
      runs.push(result);
      const failed = jobRuns(result).flatMap((run) =>
        run.steps.filter((entry) => entry.outcome === 'failure'),
      );
      expect(failed.map((entry) => `${entry.name}\n${entry.output.slice(-2000)}`)).toEqual([]);
      expect(result.status).toBe('success');
      // The sources report is skipped (the submissions source does not fail), the keepalive too (no schedule).
      expect(Object.entries(result.jobs).map(([id, job]) => [id, job.result])).toEqual([
        ['fetch', 'success'],
        ['publish', 'success'],
        ['sources', 'skipped'],
        ['keepalive', 'skipped'],
      ]);
      expect(
        jobRuns(result).flatMap((run) => run.steps.filter((entry) => entry.outcome === 'skipped')),
      ).toEqual([]);
      const fetched = result.jobs.fetch?.runs[0];
      expect(step(fetched, /^Fetch jobs/u)?.outputs).toEqual({ code: '0' });
      expect(result.jobs.fetch?.outputs).toEqual({ code: '0' });
      expect(step(fetched, /^Restore the snapshot from the state branch/u)?.output).toContain(
        'no state branch yet',
      );
      // One job per shard, each publishing its own categories and no other.
      const published = result.jobs.publish?.runs ?? [];
      expect(published).toHaveLength(shards.length);
      published.forEach((run, index) => {
        const output = step(run, /^Publish shard/u)?.output ?? '';
        for (const repo of repositories)
          expect(output.includes(repo.split('/')[1] ?? ''), `${repo} in shard ${index + 1}`).toBe(
            shards[index]?.includes(repo),
          );
      });
      for (const repo of repositories) {
        expect(listFiles(fork.repositoryPath(repo)), repo).toEqual(
          expect.arrayContaining(['README.md', '.joblist/manifest.json', 'jobs.json', 'index.html']),
        );
        expect(commitCount(fork.repositoryPath(repo)), repo).toBe(1);
        // The deployment's jobs, not an empty list: two rows each, and no sample mark.
        const manifest = JSON.parse(git(fork.repositoryPath(repo), ['show', 'main:.joblist/manifest.json']));
        expect({ rows: manifest.rows, sample: manifest.sample }, repo).toEqual({
          rows: 2,
          sample: undefined,
        });
      }
      // The builds went into the remote cache, signed.
      expect(turboCache.artifacts.size).toBeGreaterThan(0);
      for (const hash of turboCache.artifacts.keys())
        expect(turboCache.tags.get(hash), hash).toMatch(/^[A-Za-z0-9+/]+=*$/u);
      expect(listFiles(fork.repositoryPath(fork.repository), 'joblist-state')).toEqual(['snapshot.json']);
    },
    15 * MINUTES,
  );

  it(
    'a second run after the cache was evicted restores the snapshot from the state branch and adds no commit',
    async () => {
      const before = counts();
      const state = commitCount(fork.repositoryPath(fork.repository), 'joblist-state');
      rmSync(fork.cacheDir, { recursive: true, force: true });
      const result = await publish('2');
      runs.push(result);
      expect(
        jobRuns(result).flatMap((run) =>
          run.steps.filter((entry) => entry.outcome === 'failure').map((entry) => entry.name),
        ),
      ).toEqual([]);
      expect(
        step(result.jobs.fetch?.runs[0], /^Restore the snapshot from the state branch/u)?.output,
      ).toMatch(/restored \(updatedAt /u);
      const publishJobs = result.jobs.publish?.runs ?? [];
      // The local Turbo cache was evicted with the rest: every build comes back from the remote cache.
      for (const run of publishJobs)
        expect(step(run, /^Build shard/u)?.output).toMatch(/Cached:\s+(\d+) cached, \1 total/u);
      const published = publishJobs.map((run) => step(run, /^Publish shard/u)?.output ?? '').join('\n');
      expect(published.match(/: unchanged, nothing pushed/gu)).toHaveLength(repositories.length);
      expect(published).not.toMatch(/: published [0-9a-f]/u);
      expect(counts()).toEqual(before);
      expect(commitCount(fork.repositoryPath(fork.repository), 'joblist-state')).toBe(state);
    },
    15 * MINUTES,
  );

  it('the tokens and the signature key appear in no output, no published file or commit, and not in the checkout', () => {
    expect(runs).toHaveLength(2);
    // The search can find what is there (the manifest's build time key).
    expect(inHistory(fork.repositoryPath(repositories[0] ?? ''), 'main', '"builtAt"')).toBe(true);
    for (const secret of [TOKEN, fork.githubToken, TURBO_TOKEN, SIGNATURE_KEY]) {
      for (const result of runs.flatMap(jobRuns)) {
        expect(result.output).not.toContain(secret);
        expect(filesContaining(join(result.workspace, '.git'), secret)).toEqual([]);
        expect(filesContaining(join(result.workspace, 'out'), secret)).toEqual([]);
      }
      for (const repo of repositories)
        expect(inHistory(fork.repositoryPath(repo), 'main', secret), repo).toBe(false);
      expect(inHistory(fork.repositoryPath(fork.repository), 'joblist-state', secret)).toBe(false);
    }
  });
});

describe('publish.yml on a fork still on the synthetic sample source', () => {
  it(
    'refuses to publish made-up jobs to the real remote: every publish shard fails, saying why, and nothing is pushed',
    async () => {
      const project = await loadProject(join(ROOT, 'joblist.config.ts'));
      expect(project.site.sources.map((source) => source.type)).toContain('sample');
      const sampleFork = createFork({ source: ROOT, repository: `${project.site.github.org}/joblist` });
      try {
        const targets = project.categories.map((category) => `${project.site.github.org}/${category.repo}`);
        for (const repo of targets) sampleFork.createRepository(repo);
        const result = await publishIn(sampleFork, '1');
        expect(result.status).toBe('failure');
        const shardRuns = result.jobs.publish?.runs ?? [];
        expect(shardRuns).toHaveLength(shards.length);
        for (const run of shardRuns) {
          const publishStep = step(run, /^Publish shard/u);
          expect(publishStep?.outcome).toBe('failure');
          expect(publishStep?.output).toContain('refusing to publish made-up jobs');
        }
        for (const repo of targets) expect(commitCount(sampleFork.repositoryPath(repo)), repo).toBe(0);
        for (const run of jobRuns(result)) expect(run.output).not.toContain(TOKEN);
      } finally {
        sampleFork.cleanup();
      }
    },
    15 * MINUTES,
  );
});
