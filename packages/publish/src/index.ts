export { type ApplyOptions, type ApplyResult, applyBuildOutput } from './lib/apply.ts';
export {
  ALLOW_HTTP_LOOPBACK,
  allowsHttpLoopback,
  basicAuthorization,
  checkTokenDestination,
  createRedactor,
  gitAuthEnvironment,
  httpOrigin,
  type Redact,
  readToken,
  TOKEN_VARIABLES,
} from './lib/auth.ts';
export { type BuildOutput, readBuildOutput, readManifest } from './lib/build-output.ts';
export { stagedDiff } from './lib/diff.ts';
export {
  createGit,
  errorDetail,
  type Git,
  GitError,
  type GitIdentity,
  type GitOptions,
  type GitOutput,
} from './lib/git.ts';
export { type CreateRepositoryRequest, createGithubRepository, GITHUB_API } from './lib/github.ts';
export { checkRowDrop, RowDropError } from './lib/guard.ts';
export { publishedRowCounts } from './lib/history.ts';
export { commitMessage } from './lib/message.ts';
export {
  isRejectedPush,
  type PublishContext,
  publishRepository,
  type RepoResult,
} from './lib/publish-repo.ts';
export { gitLockFiles, removeStaleGitLocks } from './lib/recover.ts';
export { type Remote, remoteLocation, resolveRemote } from './lib/remote.ts';
export { ARCHIVE_FILE, archiveDay, expiredArchives } from './lib/retention.ts';
export { type PublishSummary, publishAll, type RepoOutcome } from './lib/run.ts';
export {
  type RestoreResult,
  restoreState,
  type SaveResult,
  STATE_FILE,
  type StateBranch,
  saveState,
} from './lib/state-branch.ts';
export {
  branchHead,
  checkRemoteTemplate,
  type EnsureTargetOptions,
  ensureTarget,
  localRemotePath,
  MissingRepositoryError,
  type Target,
  type TargetState,
} from './lib/target.ts';
export { gitBlobId, isAlreadyPublished, type TreeEntry, treeEntries } from './lib/unchanged.ts';
export { prepareWorktree, prepareWorktreeAfterCrash, type Worktree } from './lib/worktree.ts';
