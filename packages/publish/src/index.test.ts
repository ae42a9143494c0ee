import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/publish', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'APP_VARIABLES',
      'GITHUB_REMOTE_TEMPLATE',
      'allowsHttpLoopback',
      'checkRemoteTemplate',
      'createGit',
      'gitAuthEnvironment',
      'githubApiFor',
      'githubRemote',
      'publishAll',
      'publishAuth',
      'publishCreating',
      'readAppCredentials',
      'readToken',
      'resolveRemote',
      'restoreState',
      'saveState',
      'tokenRedactor',
    ]);
  });
});
