export { type Action, allows, type Members, type Target } from './lib/access.ts';
export { type Clock, systemClock } from './lib/clock.ts';
export { type LoopbackAddresses, loopbackEnvironment } from './lib/env.ts';
export { readBody, serveGitHttpBackend } from './lib/git-backend.ts';
export { type Charge, GITHUB_RATE_LIMITS, RateLimiter, type RateLimits } from './lib/rate-limit.ts';
export {
  FineGrainedPermissionsSchema,
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
