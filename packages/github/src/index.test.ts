import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/github', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CONTENT_CREATION_LIMITS',
      'DeferredError',
      'GITHUB_API',
      'GITHUB_LIMITS',
      'MAX_TOKEN_REPOSITORIES',
      'TOKEN_REFRESH_MARGIN_MS',
      'createAppJwt',
      'createBudget',
      'createGithubApi',
      'createInstallationTokens',
      'createRepositoryIfMissing',
      'createWindows',
      'enablePagesIfMissing',
      'githubMessage',
    ]);
  });
});
