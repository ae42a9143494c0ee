export {
  createGithubApi,
  GITHUB_API,
  type GithubApi,
  type GithubApiOptions,
  type GithubResponse,
  githubMessage,
} from './lib/api.ts';
export {
  CONTENT_CREATION_LIMITS,
  createPacer,
  type Pacer,
  type PacerClock,
} from './lib/pacer.ts';
export {
  createMissingRepositories,
  enableMissingPages,
  type ProvisionContext,
  type RepositorySpec,
} from './lib/provision.ts';
