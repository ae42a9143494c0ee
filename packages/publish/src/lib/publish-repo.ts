import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Category, type PublishSettings, plural, type Redact } from '@joblist/core-model';
import type { Budget } from '@joblist/github';
import { pathInside, withLock } from '@joblist/io';
import { applyBuildOutput } from './apply.ts';
import { gitAuthEnvironment } from './auth.ts';
import { readBuildOutput } from './build-output.ts';
import { stagedDiff } from './diff.ts';
import { createGit, type Git } from './git.ts';
import { commitMessage } from './message.ts';
import { removeStaleGitLocks } from './recover.ts';
import { remoteLocation, resolveRemote } from './remote.ts';
import { ensureTarget } from './target.ts';
import { isAlreadyPublished } from './unchanged.ts';
import { prepareWorktree, prepareWorktreeAfterCrash } from './worktree.ts';

/** Everything a publish run shares across repositories. */
export interface PublishContext {
  org: string;
  settings: PublishSettings;
  /** Remote template with `{org}` and `{repo}`. */
  remoteTemplate: string;
  /** The folder relative local remotes are resolved against. */
  remoteBase: string;
  /** The folder holding a category's build, `<repo>/` (its `--from` folder, else its own `dist/`). */
  buildRoot: (category: Category) => string;
  /** Where working copies are kept between runs (`<workDir>/<repo>`). */
  workDir: string;
  /** The build time (retention, commit message fallback); else the README's `Last updated`. */
  now?: Date;
  dryRun: boolean;
  force: boolean;
  /** Publish rows of the synthetic `sample` source to a URL remote (`--allow-sample`). */
  allowSample?: boolean;
  token: string | undefined;
  /** The current token for a repository (a GitHub App's installation tokens, refreshed); default `token`. */
  tokenFor?: (repo: string) => Promise<string | undefined>;
  /** Paces pushes (one budget per token: at least 10 s between pushes to one repository). */
  pushPacer?: Pick<Budget, 'push'>;
  /** Lets the token go over plain http to 127.0.0.1/localhost (`JOBLIST_ALLOW_HTTP_LOOPBACK=1`, tests). */
  allowHttpLoopback?: boolean;
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
  /** Work left to the next run, and why (GitHub Pages, when the limits would wait past the deadline). */
  deferred?: string;
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
 * When the remote branch's head is the work copy's HEAD and already holds this build, it answers
 * `unchanged` after one `git ls-remote` and two local git reads (no fetch, no checkout, no commit).
 * A dry run applies the output to a throw-away copy and returns the diff instead. A real run holds the
 * lock `<workDir>/<repo>.lock` (another run on the same work copy waits, then gets a clear error).
 */
export function publishRepository(category: Category, context: PublishContext): Promise<RepoResult> {
  if (context.dryRun) return publishUnlocked(category, context);
  return withLock(
    join(context.workDir, `${category.repo}.lock`),
    { command: `publish ${category.repo}`, onWait: (line) => context.log(`${category.repo}: ${line}`) },
    () => publishUnlocked(category, context),
  );
}

async function publishUnlocked(category: Category, context: PublishContext): Promise<RepoResult> {
  const { settings, redact } = context;
  const repo = category.repo;
  const output = await readBuildOutput(context.buildRoot(category), repo, context.now);
  const remote = resolveRemote(context.remoteTemplate, { org: context.org, repo }, context.remoteBase);
  const location = remoteLocation(remote);
  const allowHttpLoopback = context.allowHttpLoopback ?? false;
  // The token is read again for each push: an App's installation token may have been refreshed meanwhile.
  const authEnvironment = async () =>
    gitAuthEnvironment(
      location,
      context.tokenFor ? await context.tokenFor(repo) : context.token,
      process.env,
      {
        allowHttpLoopback,
      },
    );
  const env = await authEnvironment();
  const gitAt = (cwd: string, gitEnv = env): Git =>
    createGit({ cwd, identity: settings.author, env: gitEnv, redact });
  if (output.manifest.sample && remote.kind === 'url' && !context.allowSample) {
    throw new Error(
      `the build came from the synthetic sample source: refusing to publish made-up jobs to ${redact(location)} (replace the sample source, or pass --allow-sample)`,
    );
  }
  const { state, head } = await ensureTarget({
    remote,
    branch: settings.branch,
    git: gitAt,
    dryRun: context.dryRun,
  });
  if (state === 'created') context.log(`${repo}: created ${redact(location)}`);
  const applyOptions = {
    retentionDays: settings.retentionDays,
    maxDropShare: settings.maxDropShare,
    dropBaselineRuns: settings.dropBaselineRuns,
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

  const dir = pathInside(context.workDir, repo);
  const git = gitAt(dir);
  const message = commitMessage(settings.commitMessage, category.role, output.updated);
  const logRecovery = (line: string) => context.log(`${repo}: ${line}`);
  if (remote.kind === 'local') {
    const removed = await removeStaleGitLocks(remote.path, remote.path);
    if (removed.length > 0)
      logRecovery(`removed git lock file(s) a killed push left in ${location}: ${removed.join(', ')}`);
  }
  if (await isAlreadyPublished(dir, output, head, settings.retentionDays, git))
    return { repo, status: 'unchanged', expired: [], remoteCreated: false };
  for (let attempt = 1; ; attempt++) {
    await prepareWorktreeAfterCrash(dir, location, settings.branch, git, logRecovery);
    const applied = await applyBuildOutput(dir, output, applyOptions, git);
    const base = { repo, expired: applied.expired, remoteCreated: state === 'created' };
    if (!applied.changed) return { ...base, status: 'unchanged' };
    await git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message]);
    const pushGit = gitAt(dir, await authEnvironment());
    const send = () =>
      pushGit(['push', '--porcelain', 'origin', `HEAD:refs/heads/${settings.branch}`], {
        allowFailure: true,
      });
    const push = await (context.pushPacer ? context.pushPacer.push(repo, send) : send());
    if (push.code === 0) {
      const commit = (await git(['rev-parse', '--short', 'HEAD'])).stdout.trim();
      return { ...base, status: 'published', commit };
    }
    const pushOutput = `${push.stdout}\n${push.stderr}`;
    if (!isRejectedPush(pushOutput) || attempt >= context.maxAttempts) {
      const detail = pushOutput.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
      throw new Error(`push to ${redact(location)} failed after ${plural(attempt, 'attempt')}: ${detail}`);
    }
    context.log(
      `${repo}: push rejected (the remote moved on); re-applying on top of it (attempt ${attempt + 1})`,
    );
  }
}
