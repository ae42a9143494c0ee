import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Category, PublishSettings } from '@joblist/core-model';
import { applyBuildOutput } from './apply.ts';
import { gitAuthEnvironment, type Redact } from './auth.ts';
import { readBuildOutput } from './build-output.ts';
import { stagedDiff } from './diff.ts';
import { createGit, type Git } from './git.ts';
import { createGithubRepository } from './github.ts';
import { commitMessage } from './message.ts';
import { remoteLocation, resolveRemote } from './remote.ts';
import { ensureTarget } from './target.ts';
import { prepareWorktree } from './worktree.ts';

/** Everything a publish run shares across repositories. */
export interface PublishContext {
  org: string;
  settings: PublishSettings;
  /** Remote template with `{org}` and `{repo}`. */
  remoteTemplate: string;
  /** The folder relative local remotes are resolved against. */
  remoteBase: string;
  /** The build output folder holding `<repo>/README.md`. */
  fromDir: string;
  /** Where working copies are kept between runs (`<workDir>/<repo>`). */
  workDir: string;
  /** The build time (retention, commit message fallback); else the README's `Last updated`. */
  now?: Date;
  dryRun: boolean;
  force: boolean;
  create: boolean;
  token: string | undefined;
  redact: Redact;
  /** Progress lines (already redacted by the caller's logger). */
  log: (line: string) => void;
  /** Push attempts when the remote moved on meanwhile. */
  maxAttempts: number;
}

/** How one repository ended. */
export interface RepoResult {
  repo: string;
  status: 'published' | 'unchanged' | 'would-change';
  /** Short hash of the pushed commit. */
  commit?: string;
  /** The unified diff of a dry run. */
  diff?: string;
  expired: string[];
  remoteCreated: boolean;
}

/** A push git refused because the remote branch moved on (retry after re-applying on top of it). */
export function isRejectedPush(output: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\][^\n]*(?:cannot lock|failed to update ref|incorrect old value|stale info)/u.test(
    output,
  );
}

/**
 * Publishes one category's build output to its repository: the files its build manifest lists, a commit
 * only when something changed, a push without force, retried on top of the remote when it moved on.
 * A dry run applies the output to a throw-away copy and returns the diff instead.
 */
export async function publishRepository(category: Category, context: PublishContext): Promise<RepoResult> {
  const { settings, redact } = context;
  const repo = category.repo;
  const output = await readBuildOutput(context.fromDir, repo, context.now);
  const remote = resolveRemote(context.remoteTemplate, { org: context.org, repo }, context.remoteBase);
  const location = remoteLocation(remote);
  const env = gitAuthEnvironment(location, context.token);
  const gitAt = (cwd: string): Git => createGit({ cwd, identity: settings.author, env, redact });
  const state = await ensureTarget({
    remote,
    branch: settings.branch,
    git: gitAt,
    dryRun: context.dryRun,
    create: context.create
      ? () =>
          createGithubRepository({
            org: context.org,
            name: repo,
            token: context.token,
            description: `${category.role} jobs`,
            redact,
          })
      : undefined,
  });
  if (state === 'created') context.log(`${repo}: created ${redact(location)}`);
  const applyOptions = {
    retentionDays: settings.retentionDays,
    maxDropShare: settings.maxDropShare,
    force: context.force,
  };

  if (context.dryRun) {
    const scratch = await mkdtemp(join(tmpdir(), `joblist-dry-run-${repo}-`));
    try {
      const git = gitAt(scratch);
      await prepareWorktree(scratch, state === 'absent' ? undefined : location, settings.branch, git);
      const applied = await applyBuildOutput(scratch, output, applyOptions, git);
      return {
        repo,
        status: applied.changed ? 'would-change' : 'unchanged',
        diff: applied.changed ? await stagedDiff(git) : '',
        expired: applied.expired,
        remoteCreated: false,
      };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  const dir = join(context.workDir, repo);
  const git = gitAt(dir);
  const message = commitMessage(settings.commitMessage, category.role, output.updated);
  for (let attempt = 1; ; attempt++) {
    await prepareWorktree(dir, location, settings.branch, git);
    const applied = await applyBuildOutput(dir, output, applyOptions, git);
    const base = { repo, expired: applied.expired, remoteCreated: state === 'created' };
    if (!applied.changed) return { ...base, status: 'unchanged' };
    await git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message]);
    const push = await git(['push', '--porcelain', 'origin', `HEAD:refs/heads/${settings.branch}`], {
      allowFailure: true,
    });
    if (push.code === 0) {
      const commit = (await git(['rev-parse', '--short', 'HEAD'])).stdout.trim();
      return { ...base, status: 'published', commit };
    }
    const pushOutput = `${push.stdout}\n${push.stderr}`;
    if (!isRejectedPush(pushOutput) || attempt >= context.maxAttempts) {
      const detail = pushOutput.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
      throw new Error(`push to ${redact(location)} failed after ${attempt} attempt(s): ${detail}`);
    }
    context.log(
      `${repo}: push rejected (the remote moved on); re-applying on top of it (attempt ${attempt + 1})`,
    );
  }
}
