import { resolve } from 'node:path';
import { REPO_PLACEHOLDER } from '@joblist/core-model';
import { pathInside } from '@joblist/io';

/** A category repository's remote: a URL git talks to, or a local folder (a bare repository). */
export type Remote = { kind: 'url'; url: string } | { kind: 'local'; path: string };

/**
 * A remote template must contain `{repo}` when the site has more than one category, or every category
 * would be pushed into one repository (also with `--category`: Turbo publishes them one by one).
 */
export function checkRemoteTemplate(template: string, categoryCount: number, where: string): void {
  if (categoryCount > 1 && !template.includes(REPO_PLACEHOLDER)) {
    throw new Error(
      `${where} "${template}": must contain ${REPO_PLACEHOLDER} (the site has ${categoryCount} categories, each published to its own repository)`,
    );
  }
}

/**
 * The folder of a filled local remote template, checked to stay inside the fixed folder the template
 * starts with (`out/repos/` of `out/repos/{repo}.git`), so no org or repo name can place it elsewhere.
 */
export function localRemotePath(template: string, filled: string, baseDir: string): string {
  const placeholder = template.indexOf('{');
  if (placeholder < 0) return resolve(baseDir, filled);
  const fixed = template.slice(0, placeholder).replace(/[^/\\]*$/u, '');
  return pathInside(resolve(baseDir, fixed), resolve(baseDir, filled));
}

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
