import { describe, expect, it } from 'vitest';
import { resolveRemote } from './remote.ts';
import { branchHead, checkRemoteTemplate, localRemotePath } from './target.ts';

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

describe('branchHead', () => {
  it('picks the exact branch from `git ls-remote` output', () => {
    const output = `${'1'.repeat(40)}\trefs/heads/feature/main\n${'2'.repeat(40)}\trefs/heads/main\n`;
    expect(branchHead(output, 'main')).toBe('2'.repeat(40));
    expect(branchHead(output, 'gh-pages')).toBeUndefined();
    expect(branchHead('', 'main')).toBeUndefined();
  });
});
