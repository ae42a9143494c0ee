import { execFileSync } from 'node:child_process';
import type { RepositoryName } from './github-checks.ts';

/**
 * The GitHub repository a remote URL names (`https://github.com/acme/joblist.git`,
 * `git@github.com:acme/joblist.git`), or undefined for any other remote.
 */
export function githubRepositoryOf(url: string): RepositoryName | undefined {
  const match =
    /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([^/]+)\/([^/]+?)(?:\.git)?\/?$/u.exec(
      url.trim(),
    );
  return match ? { owner: match[1] ?? '', name: match[2] ?? '' } : undefined;
}

/** `owner/name` read from `--repository` or `GITHUB_REPOSITORY`, or undefined when malformed. */
export function parseRepositoryName(text: string): RepositoryName | undefined {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/u.exec(text.trim());
  return match ? { owner: match[1] ?? '', name: match[2] ?? '' } : undefined;
}

/** The fork a checkout belongs to: `GITHUB_REPOSITORY`, else the `origin` remote as configured in `root`, if on GitHub. */
export function checkoutFork(root: string): RepositoryName | undefined {
  if (process.env.GITHUB_REPOSITORY) return parseRepositoryName(process.env.GITHUB_REPOSITORY);
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return githubRepositoryOf(origin);
  } catch {
    return undefined;
  }
}
