import { hasUrlCredentials, httpUrlProblem } from '@joblist/core-model';
import { localRemotePath } from './target.ts';

/** A category repository's remote: a URL git talks to, or a local folder (a bare repository). */
export type Remote = { kind: 'url'; url: string } | { kind: 'local'; path: string };

/** True for `scheme://...` and scp-like `user@host:path` remotes. */
function isUrl(remote: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(remote) || /^[^/\\]+@[^/\\:]+:/u.test(remote);
}

/**
 * Fills a remote template (`{org}`, `{repo}`) and classifies it. Local paths are resolved against
 * `baseDir`. A URL is read by the WHATWG parser, as git reads it: credentials in any spelling
 * (`http:///user:pw@host`) are refused, since they would be written to `.git/config` and sent (use
 * GITHUB_TOKEN); so are odd slashes, and any transport but http(s) and ssh (`git://`, `file://`).
 */
export function resolveRemote(
  template: string,
  vars: { org: string; repo: string },
  baseDir: string,
): Remote {
  const filled = template.replaceAll('{org}', vars.org).replaceAll('{repo}', vars.repo);
  if (/\{[a-z]+\}/u.test(filled)) {
    throw new Error(
      `remote template "${template}": unknown placeholder (only {org} and {repo} are replaced)`,
    );
  }
  if (!isUrl(filled)) return { kind: 'local', path: localRemotePath(template, filled, baseDir) };
  // ssh names its user before the host (`git@github.com:org/repo`); only http(s) user info is a credential.
  if (!/^https?:/iu.test(filled)) {
    if (/^ssh:\/\//iu.test(filled) || !/^[a-z][a-z0-9+.-]*:\/\//iu.test(filled))
      return { kind: 'url', url: filled };
    throw new Error(
      'remote template: only http(s), ssh and local paths are published to (no git:// or file://)',
    );
  }
  if (hasUrlCredentials(filled)) {
    throw new Error(
      'remote template: credentials in the URL would be written to .git/config; put the token in GITHUB_TOKEN instead',
    );
  }
  const problem = httpUrlProblem(filled);
  if (problem) throw new Error(`remote template: the URL ${problem}`);
  return { kind: 'url', url: filled };
}

/** The string git uses for a remote. */
export function remoteLocation(remote: Remote): string {
  return remote.kind === 'url' ? remote.url : remote.path;
}
