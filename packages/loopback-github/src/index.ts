export { type Action, allows, type Members, type Target } from './lib/access.ts';
export type { LoopbackApp } from './lib/app-jwt.ts';
export { type Clock, createSimulatedClock, type SimulatedClock, systemClock } from './lib/clock.ts';
export { type LoopbackAddresses, loopbackEnvironment } from './lib/env.ts';
export { readBody, serveGitHttpBackend } from './lib/git-backend.ts';
export {
  type AppAnswer,
  type AppRegistry,
  INSTALLATION_TOKEN_LIFETIME_MS,
  MAX_TOKEN_REPOSITORIES,
} from './lib/installations.ts';
export {
  type Charge,
  type ChargeRequest,
  GITHUB_RATE_LIMITS,
  installationRateLimit,
  RateLimiter,
  type RateLimits,
  SECONDARY_LIMIT_MESSAGE,
} from './lib/rate-limit.ts';
export {
  FineGrainedPermissionsSchema,
  type LoopbackInstallation,
  type LoopbackInstallationInput,
  LoopbackInstallationSchema,
  type LoopbackRepository,
  type LoopbackRepositoryInput,
  LoopbackRepositorySchema,
  type LoopbackToken,
  type LoopbackTokenInput,
  LoopbackTokenSchema,
  PagesSourceSchema,
  type PermissionLevel,
  PermissionLevelSchema,
  type WorkflowState,
  WorkflowStateSchema,
} from './lib/schema.ts';
export {
  type LoopbackGithub,
  type LoopbackGithubOptions,
  type LoopbackRequest,
  startLoopbackGithub,
} from './lib/server.ts';
