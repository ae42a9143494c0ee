import { checkTokenDestination, tokenRedactor } from '@joblist/publish';

/** What asking GitHub for a user's permission on a repository needs. */
export interface PermissionRequest {
  /** The REST API's base URL, e.g. `https://api.github.com`. */
  api: string;
  /** `owner/name`. */
  repository: string;
  user: string;
  token: string | undefined;
  /** Lets the token go over plain http to a loopback API (tests). */
  allowHttpLoopback: boolean;
}

/** The permissions that may approve a submission: write access to the repository or more. */
const WRITE = new Set(['admin', 'maintain', 'write']);

/**
 * Whether `user` has write access to `repository`, asked of the API
 * (`GET /repos/{owner}/{repo}/collaborators/{user}/permission`), never assumed: `admin` or `write`
 * (`maintain` is reported as `write`) is write access; `triage`, `read`, `none` and a user who is not a
 * collaborator (404) are not. Any other answer is an error (redacted, the token never in it); the token
 * goes only to an https API (see `checkTokenDestination`) and never follows a redirect.
 */
export async function hasWriteAccess(request: PermissionRequest): Promise<boolean> {
  const { api, repository, user, token } = request;
  if (!token) throw new Error('no token: set GITHUB_TOKEN (or GH_TOKEN) to ask GitHub for the permission');
  const base = api.replace(/\/+$/u, '');
  checkTokenDestination(base, 'JOBLIST_GITHUB_API', request.allowHttpLoopback);
  const url = `${base}/repos/${repository.split('/').map(encodeURIComponent).join('/')}/collaborators/${encodeURIComponent(user)}/permission`;
  const redact = tokenRedactor(token);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'user-agent': 'joblist',
        'x-github-api-version': '2022-11-28',
      },
      redirect: 'error',
    });
  } catch (error) {
    throw new Error(redact(`asking ${url} for ${user}'s permission failed: ${(error as Error).message}`));
  }
  if (response.status === 404) return false;
  if (!response.ok) throw new Error(redact(`GitHub answered ${response.status} asking ${url}`));
  const { permission } = (await response.json()) as { permission?: unknown };
  return typeof permission === 'string' && WRITE.has(permission);
}
