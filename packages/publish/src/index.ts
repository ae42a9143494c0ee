export {
  APP_VARIABLES,
  type PublishAuth,
  publishAuth,
  readAppCredentials,
} from './lib/app-auth.ts';
export {
  allowsHttpLoopback,
  readToken,
  tokenRedactor,
} from './lib/auth.ts';
export { githubApiFor } from './lib/github.ts';
export { type ProjectStateOptions, syncState } from './lib/project-state.ts';
export {
  describePublish,
  type PublishedProject,
  type PublishPick,
  type PublishProjectOptions,
  type PublishRun,
  publishProject,
} from './lib/publish-project.ts';
export { GITHUB_REMOTE_TEMPLATE, resolveRemote } from './lib/remote.ts';
export {
  type NotPublished,
  type PublishSummary,
  publishAll,
  type RepoOutcome,
  type RunOptions,
  type SummaryCounts,
} from './lib/run.ts';
export { DEFAULT_STATE_BRANCH } from './lib/state-branch.ts';
