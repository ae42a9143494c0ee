import { describe, expect, it } from 'vitest';
import { checkRemoteTemplate, localRemotePath, resolveRemote } from './remote.ts';

const vars = { org: 'jobs-org', repo: 'Backend-Development-Jobs' };

describe('resolveRemote', () => {
  it('fills URL templates and keeps them as URLs', () => {
    expect(resolveRemote('https://github.com/{org}/{repo}.git', vars, '/root')).toEqual({
      kind: 'url',
      url: 'https://github.com/jobs-org/Backend-Development-Jobs.git',
    });
    expect(resolveRemote('git@github.com:{org}/{repo}.git', vars, '/root').kind).toBe('url');
  });

  it('resolves local paths against the base folder', () => {
    expect(resolveRemote('out/repos/{repo}.git', vars, '/root')).toEqual({
      kind: 'local',
      path: '/root/out/repos/Backend-Development-Jobs.git',
    });
  });

  it('refuses credentials in http URLs and unknown placeholders', () => {
    expect(() => resolveRemote('https://x:secret@github.com/{org}/{repo}.git', vars, '/')).toThrow(
      /GITHUB_TOKEN/u,
    );
    expect(() => resolveRemote('https://github.com/{owner}/{repo}', vars, '/')).toThrow(
      /unknown placeholder/u,
    );
  });
});

describe('checkRemoteTemplate', () => {
  it('needs {repo} when the site has several categories', () => {
    expect(() => checkRemoteTemplate('/tmp/one.git', 4, '--remote')).toThrow(
      '--remote "/tmp/one.git": must contain {repo} (the site has 4 categories, each published to its own repository)',
    );
    expect(() => checkRemoteTemplate('/tmp/{repo}.git', 4, '--remote')).not.toThrow();
    expect(() => checkRemoteTemplate('/tmp/one.git', 1, '--remote')).not.toThrow();
  });
});

describe('localRemotePath', () => {
  it('keeps a bare repository inside the fixed folder of its template', () => {
    expect(localRemotePath('out/repos/{repo}.git', 'out/repos/Jobs.git', '/root')).toBe(
      '/root/out/repos/Jobs.git',
    );
    expect(localRemotePath('/tmp/one.git', '/tmp/one.git', '/root')).toBe('/tmp/one.git');
  });

  it('refuses an org or repo that would place it elsewhere', () => {
    expect(() => resolveRemote('/srv/git/{org}/{repo}.git', { org: '../..', repo: 'x' }, '/')).toThrow(
      /outside \/srv\/git; refusing to write there/u,
    );
    expect(() => resolveRemote('out/repos/{repo}', { org: 'o', repo: '..' }, '/root')).toThrow(
      /outside \/root\/out\/repos/u,
    );
  });
});
