import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/loopback-github', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'FineGrainedPermissionsSchema',
      'GITHUB_RATE_LIMITS',
      'INSTALLATION_TOKEN_LIFETIME_MS',
      'LoopbackInstallationSchema',
      'LoopbackRepositorySchema',
      'LoopbackTokenSchema',
      'MAX_TOKEN_REPOSITORIES',
      'PagesSourceSchema',
      'PermissionLevelSchema',
      'RateLimiter',
      'SECONDARY_LIMIT_MESSAGE',
      'WorkflowStateSchema',
      'allows',
      'createSimulatedClock',
      'installationRateLimit',
      'loopbackEnvironment',
      'readBody',
      'serveGitHttpBackend',
      'startLoopbackGithub',
      'systemClock',
    ]);
  });
});
