import { describe, expect, it } from 'vitest';
import { githubRepositoryOf, parseRepositoryName } from './fork.ts';

describe('githubRepositoryOf', () => {
  it('reads owner and name from GitHub remotes and nothing else', () => {
    expect(githubRepositoryOf('https://github.com/acme/joblist.git\n')).toEqual({
      owner: 'acme',
      name: 'joblist',
    });
    expect(githubRepositoryOf('git@github.com:acme/joblist.git')).toEqual({ owner: 'acme', name: 'joblist' });
    expect(githubRepositoryOf('https://github.com/acme/joblist')).toEqual({ owner: 'acme', name: 'joblist' });
    expect(githubRepositoryOf('https://gitlab.com/acme/joblist.git')).toBeUndefined();
    expect(githubRepositoryOf('/srv/git/joblist.git')).toBeUndefined();
  });
});

describe('parseRepositoryName', () => {
  it('takes owner/name only', () => {
    expect(parseRepositoryName('acme/joblist')).toEqual({ owner: 'acme', name: 'joblist' });
    expect(parseRepositoryName('acme')).toBeUndefined();
    expect(parseRepositoryName('acme/joblist/x')).toBeUndefined();
  });
});
