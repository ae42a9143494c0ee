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
});
