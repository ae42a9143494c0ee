export {
  APP_VARIABLES,
  type PublishAuth,
  publishAuth,
  readAppCredentials,
} from './lib/app-auth.ts';
export {
  allowsHttpLoopback,
  gitAuthEnvironment,
  readToken,
  tokenRedactor,
} from './lib/auth.ts';
export { createGit } from './lib/git.ts';
export { type CreateOptions, githubApiFor, publishCreating } from './lib/github.ts';
export { checkRemoteTemplate, GITHUB_REMOTE_TEMPLATE, githubRemote, resolveRemote } from './lib/remote.ts';
export {
  type NotPublished,
  type PublishSummary,
  publishAll,
  type RepoOutcome,
  type RunOptions,
  type SummaryCounts,
} from './lib/run.ts';
export { restoreState, type StateBranch, saveState } from './lib/state-branch.ts';
