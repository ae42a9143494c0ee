import { localRemotePath } from './target.ts';

/** A category repository's remote: a URL git talks to, or a local folder (a bare repository). */
export type Remote = { kind: 'url'; url: string } | { kind: 'local'; path: string };

/** True for `scheme://...` and scp-like `user@host:path` remotes. */
function isUrl(remote: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(remote) || /^[^/\\]+@[^/\\:]+:/u.test(remote);
}

/**
 * Fills a remote template (`{org}`, `{repo}`) and classifies it. Local paths are resolved against
 * `baseDir`. Credentials in a URL are refused: they would be written to `.git/config` (use GITHUB_TOKEN).
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
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/iu.test(filled) && /^https?:/iu.test(filled)) {
    throw new Error(
      'remote template: credentials in the URL would be written to .git/config; put the token in GITHUB_TOKEN instead',
    );
  }
  return { kind: 'url', url: filled };
}

/** The string git uses for a remote. */
export function remoteLocation(remote: Remote): string {
  return remote.kind === 'url' ? remote.url : remote.path;
}
