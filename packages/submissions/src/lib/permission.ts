import { allowsHttpLoopback, githubApiFor, readToken, tokenRedactor } from '@joblist/publish';
import { type IssueEvent, isApproval } from './event.ts';
import { APPROVAL_LABEL } from './forms.ts';

/** What asking GitHub for a user's permission on a repository needs. */
export interface PermissionRequest {
  /** The REST API's base URL (default `JOBLIST_GITHUB_API`, else api.github.com). */
  api?: string;
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
 * goes only to an https API and never follows a redirect (the shared GitHub client).
 */
export async function hasWriteAccess(request: PermissionRequest): Promise<boolean> {
  const { repository, user, token } = request;
  if (!token) throw new Error('no token: set GITHUB_TOKEN (or GH_TOKEN) to ask GitHub for the permission');
  const api = githubApiFor(token, tokenRedactor(token), request.allowHttpLoopback, request.api);
  const path = `/repos/${repository.split('/').map(encodeURIComponent).join('/')}/collaborators/${encodeURIComponent(user)}/permission`;
  const response = await api('GET', path);
  if (response.status === 404) return false;
  if (response.status !== 200) throw new Error(`GitHub answered ${response.status} asking ${path}`);
  const { permission } = (response.body ?? {}) as { permission?: unknown };
  return typeof permission === 'string' && WRITE.has(permission);
}

/**
 * Whether the event may be applied: it adds the approval label and its sender has write access to
 * `repository` (asked of the API with the run's token), with the reason as one line.
 */
export async function authorizeApproval(
  event: IssueEvent,
  repository: string,
): Promise<{ allowed: boolean; reason: string }> {
  const user = event.sender.login;
  if (!isApproval(event))
    return {
      allowed: false,
      reason: `#${event.issue.number}: not the "${APPROVAL_LABEL}" label being added; nothing to apply`,
    };
  const allowed = await hasWriteAccess({
    repository,
    user,
    token: readToken(),
    allowHttpLoopback: allowsHttpLoopback(),
  });
  return {
    allowed,
    reason: `#${event.issue.number}: ${user} ${allowed ? 'has' : 'does not have'} write access to ${repository}${allowed ? '' : '; nothing applied'}`,
  };
}
