import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  checkTokenDestination,
  gitAuthEnvironment,
  readToken,
  tokenRedactor,
} from './auth.ts';

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
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_2: 'http.https://github.com/.extraHeader',
      GIT_CONFIG_VALUE_2: `Authorization: ${basicAuthorization(TOKEN)}`,
      GIT_CONFIG_KEY_3: 'http.followRedirects',
      GIT_CONFIG_VALUE_3: 'false',
    });
  });

  it('refuses a plain-http remote while a token is set (loopback only when allowed)', () => {
    expect(() => gitAuthEnvironment('http://example.com/o/r.git', TOKEN, {})).toThrow(
      '--remote http://example.com: refusing to send the token (GITHUB_TOKEN or GH_TOKEN) over http; use an https URL',
    );
    expect(() => gitAuthEnvironment('http://127.0.0.1:8080/o/r.git', TOKEN, {})).toThrow(/over http/u);
    expect(
      gitAuthEnvironment('http://127.0.0.1:8080/o/r.git', TOKEN, {}, { allowHttpLoopback: true }),
    ).toHaveProperty('GIT_CONFIG_KEY_0', 'http.http://127.0.0.1:8080/.extraHeader');
    expect(gitAuthEnvironment('http://example.com/o/r.git', undefined, {})).toEqual({});
  });

  it('adds nothing for local remotes or without a token', () => {
    expect(gitAuthEnvironment('/srv/repos/x.git', TOKEN, {})).toEqual({});
    expect(gitAuthEnvironment('https://github.com/org/repo.git', undefined, {})).toEqual({});
  });
});

describe('checkTokenDestination', () => {
  it('allows https anywhere and http only to loopback hosts when asked', () => {
    expect(() => checkTokenDestination('https://github.example/api', 'x', false)).not.toThrow();
    for (const url of ['http://127.0.0.1:1/', 'http://localhost:2/', 'http://[::1]:3/'])
      expect(() => checkTokenDestination(url, 'x', true)).not.toThrow();
    for (const url of ['http://127.0.0.1.evil.example/', 'http://10.0.0.1/', 'ftp://127.0.0.1/'])
      expect(() => checkTokenDestination(url, 'x', true)).toThrow(/refusing to send the token/u);
  });
});

describe('tokenRedactor', () => {
  it('removes URL credentials, the token and its encoded forms', () => {
    const redact = tokenRedactor(TOKEN);
    const encoded = basicAuthorization(TOKEN).slice('Basic '.length);
    expect(redact(`fatal: https://x:${TOKEN}@github.com/o/r.git and ${TOKEN} and ${encoded}`)).toBe(
      'fatal: https://***@github.com/o/r.git and *** and ***',
    );
    expect(redact('clone https://user:other-secret@example.com/repo')).toBe(
      'clone https://***@example.com/repo',
    );
  });
});
