import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import * as redactApi from './redact.ts';

describe('@joblist/publish', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'APP_VARIABLES',
      'DEFAULT_STATE_BRANCH',
      'GITHUB_REMOTE_TEMPLATE',
      'allowsHttpLoopback',
      'describePublish',
      'githubApiFor',
      'publishAll',
      'publishAuth',
      'publishProject',
      'readAppCredentials',
      'readToken',
      'resolveRemote',
      'syncState',
      'tokenRedactor',
    ]);
  });

  it('exports exactly its `./redact` entry point (loaded by the CLI when a command fails)', () => {
    expect(Object.keys(redactApi).sort()).toEqual(['readToken', 'tokenRedactor']);
  });
});
