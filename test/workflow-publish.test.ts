import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { createFork, type Fork, type JobResult, runJob } from '@joblist/workflow-runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './_helpers/cli.ts';
import { deploymentFiles } from './_helpers/deployment.ts';
import { commitCount, filesContaining, git, listFiles } from './_helpers/git.ts';

/**
 * `.github/workflows/publish.yml`'s publish job, run as GitHub runs it (the workflow-runner harness): on a
 * fresh clone of this working tree with a deployment's own commit on top (its config: real sources, not
 * the synthetic sample), with https://github.com/ pointed at local bare repositories, the category
 * repositories created beforehand as a deployment has them, and a canary token as the secret.
 */
const TOKEN = 'ghp_canary0publish0workflow0token0000000';
const WORKFLOW = '.github/workflows/publish.yml';
const MINUTES = 60_000;

let fork: Fork;
let repositories: string[];
const runs: JobResult[] = [];

const publishIn = (target: Fork, runId: string) =>
  runJob(target, { workflow: WORKFLOW, job: 'publish', runId, secrets: { JOBLIST_TOKEN: TOKEN } });
const publish = (runId: string) => publishIn(fork, runId);
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
  repositories = project.categories.map((category) => `${project.site.github.org}/${category.repo}`);
  for (const repo of repositories) fork.createRepository(repo);
}, MINUTES);
afterAll(() => fork?.cleanup());

describe('publish.yml, run as GitHub runs it', () => {
  it(
    'a first run on a new fork: every step exits 0 and every category repository gets its README and manifest',
    async () => {
      const result = await publish('1');
      runs.push(result);
      const failed = result.steps.filter((entry) => entry.outcome === 'failure');
      expect(failed.map((entry) => `${entry.name}\n${entry.output.slice(-2000)}`)).toEqual([]);
      expect(result.status).toBe('success');
      // Only the step for failed sources is skipped: the submissions source does not fail.
      expect(result.steps.filter((entry) => entry.outcome === 'skipped').map((entry) => entry.name)).toEqual([
        'Fail the run when sources failed (after publishing what was fetched)',
      ]);
      expect(step(result, /^Fetch jobs/u)?.outputs).toEqual({ code: '0' });
      expect(step(result, /^Restore the snapshot from the state branch/u)?.output).toContain(
        'no state branch yet',
      );
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
      expect(result.steps.filter((entry) => entry.outcome === 'failure').map((entry) => entry.name)).toEqual(
        [],
      );
      expect(step(result, /^Restore the snapshot from the state branch/u)?.output).toMatch(
        /restored \(updatedAt /u,
      );
      const published = step(result, /^Publish to the category repositories/u)?.output ?? '';
      expect(published.match(/: unchanged, nothing pushed/gu)).toHaveLength(repositories.length);
      expect(published).not.toMatch(/: published [0-9a-f]/u);
      expect(counts()).toEqual(before);
      expect(commitCount(fork.repositoryPath(fork.repository), 'joblist-state')).toBe(state);
    },
    15 * MINUTES,
  );

  it('the tokens appear in no output, no published file or commit, and not in the checkout', () => {
    expect(runs).toHaveLength(2);
    // The search can find what is there (the manifest's build time key).
    expect(inHistory(fork.repositoryPath(repositories[0] ?? ''), 'main', '"builtAt"')).toBe(true);
    for (const secret of [TOKEN, fork.githubToken]) {
      for (const result of runs) {
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
    'refuses to publish made-up jobs to the real remote: the publish step fails, saying why, and nothing is pushed',
    async () => {
      const project = await loadProject(join(ROOT, 'joblist.config.ts'));
      expect(project.site.sources.map((source) => source.type)).toContain('sample');
      const sampleFork = createFork({ source: ROOT, repository: `${project.site.github.org}/joblist` });
      try {
        const targets = project.categories.map((category) => `${project.site.github.org}/${category.repo}`);
        for (const repo of targets) sampleFork.createRepository(repo);
        const result = await publishIn(sampleFork, '1');
        expect(result.status).toBe('failure');
        const publishStep = step(result, /^Publish to the category repositories/u);
        expect(publishStep?.outcome).toBe('failure');
        expect(publishStep?.output).toContain('refusing to publish made-up jobs');
        for (const repo of targets) expect(commitCount(sampleFork.repositoryPath(repo)), repo).toBe(0);
        expect(result.output).not.toContain(TOKEN);
      } finally {
        sampleFork.cleanup();
      }
    },
    15 * MINUTES,
  );
});
