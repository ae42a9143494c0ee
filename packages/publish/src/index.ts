export {
  allowsHttpLoopback,
  gitAuthEnvironment,
  readToken,
  tokenRedactor,
} from './lib/auth.ts';
export { createGit } from './lib/git.ts';
export { type CreateOptions, githubApiFor, publishCreating } from './lib/github.ts';
export { checkRemoteTemplate, GITHUB_REMOTE_TEMPLATE, githubRemote, resolveRemote } from './lib/remote.ts';
export { type PublishSummary, publishAll } from './lib/run.ts';
export { restoreState, type StateBranch, saveState } from './lib/state-branch.ts';
