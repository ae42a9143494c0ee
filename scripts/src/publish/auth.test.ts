import { describe, expect, it } from 'vitest';
import { basicAuthorization, createRedactor, gitAuthEnvironment, readToken } from './auth.ts';

const TOKEN = 'ghs_abcdefghijklmnop0123';

describe('readToken', () => {
  it('prefers GITHUB_TOKEN, falls back to GH_TOKEN, ignores blanks', () => {
    expect(readToken({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' })).toBe('a');
    expect(readToken({ GITHUB_TOKEN: ' ', GH_TOKEN: 'b' })).toBe('b');
    expect(readToken({})).toBeUndefined();
  });
});

describe('gitAuthEnvironment', () => {
  it('scopes the header to the remote origin and appends to existing GIT_CONFIG entries', () => {
    expect(gitAuthEnvironment('https://github.com/org/repo.git', TOKEN, { GIT_CONFIG_COUNT: '2' })).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'http.https://github.com/.extraHeader',
      GIT_CONFIG_VALUE_2: `Authorization: ${basicAuthorization(TOKEN)}`,
    });
  });

  it('adds nothing for local remotes or without a token', () => {
    expect(gitAuthEnvironment('/srv/repos/x.git', TOKEN, {})).toEqual({});
    expect(gitAuthEnvironment('https://github.com/org/repo.git', undefined, {})).toEqual({});
  });
});

describe('createRedactor', () => {
  it('removes URL credentials, the token and its encoded forms', () => {
    const redact = createRedactor([TOKEN, undefined]);
    const encoded = basicAuthorization(TOKEN).slice('Basic '.length);
    expect(redact(`fatal: https://x:${TOKEN}@github.com/o/r.git and ${TOKEN} and ${encoded}`)).toBe(
      'fatal: https://***@github.com/o/r.git and *** and ***',
    );
    expect(redact('clone https://user:other-secret@example.com/repo')).toBe(
      'clone https://***@example.com/repo',
    );
  });
});
