import { describe, expect, it } from 'vitest';
import { resolveRemote } from './remote.ts';

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

  it.each([
    'http:///user:s3cr3t@127.0.0.1:8080/{org}/{repo}.git',
    'https:////user:s3cr3t@github.com/{org}/{repo}.git',
    'https://@github.com/{org}/{repo}.git',
  ])('refuses credentials in any spelling git reads: %s (issue 19, row 7)', (template) => {
    const error = (() => {
      try {
        resolveRemote(template, vars, '/');
      } catch (caught) {
        return (caught as Error).message;
      }
      return 'accepted';
    })();
    expect(error).toMatch(/^remote template: credentials in the URL/u);
    expect(error).not.toContain('s3cr3t');
  });

  it('refuses odd slashes and transports publish does not need', () => {
    expect(() => resolveRemote('https:////github.com/{org}/{repo}.git', vars, '/')).toThrow(
      /exactly "\/\/"/u,
    );
    expect(() => resolveRemote('git://github.com/{org}/{repo}.git', vars, '/')).toThrow(
      /only http\(s\), ssh/u,
    );
  });
});
