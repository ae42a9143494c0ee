export {
  createGithubApi,
  GITHUB_API,
  type GithubApi,
  type GithubApiOptions,
  type GithubResponse,
  githubMessage,
} from './lib/api.ts';
export {
  type AppCredentials,
  createAppJwt,
  createInstallationTokens,
  type InstallationTokenOptions,
  type InstallationTokens,
  MAX_TOKEN_REPOSITORIES,
  TOKEN_REFRESH_MARGIN_MS,
} from './lib/app-auth.ts';
export {
  type Budget,
  type BudgetLimits,
  type BudgetOptions,
  type BudgetStats,
  createBudget,
  DeferredError,
  GITHUB_LIMITS,
} from './lib/budget.ts';
export {
  CONTENT_CREATION_LIMITS,
  createWindows,
  type PacerClock,
  type WindowLimit,
  type Windows,
} from './lib/pacer.ts';
export {
  createRepositoryIfMissing,
  enablePagesIfMissing,
  type ProvisionContext,
  type RepositorySpec,
} from './lib/provision.ts';
