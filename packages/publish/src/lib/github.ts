import type { Redact } from '@joblist/core-model';
import { checkTokenDestination } from './auth.ts';

/** The default GitHub REST API; `JOBLIST_GITHUB_API` overrides it (GitHub Enterprise, tests). */
export const GITHUB_API = 'https://api.github.com';

/** What creating a repository needs. */
export interface CreateRepositoryRequest {
  org: string;
  name: string;
  token: string | undefined;
  description?: string;
  apiBase?: string;
  /** Lets the token go over plain http to a loopback API (tests). */
  allowHttpLoopback?: boolean;
  redact: Redact;
}

/**
 * Creates a public repository in an organisation (`POST /orgs/{org}/repos`). Errors carry the API's
 * status and message, redacted; a missing token, or an API URL the token may not go to (not https),
 * is reported before any request, and a redirect is an error (the token never follows it).
 */
export async function createGithubRepository(request: CreateRepositoryRequest): Promise<void> {
  const { org, name, token, redact } = request;
  if (!token)
    throw new Error(`--create needs a token in GITHUB_TOKEN (or GH_TOKEN) to create ${org}/${name}`);
  const base = (request.apiBase ?? process.env.JOBLIST_GITHUB_API ?? GITHUB_API).replace(/\/+$/u, '');
  checkTokenDestination(base, 'JOBLIST_GITHUB_API', request.allowHttpLoopback ?? false);
  const url = `${base}/orgs/${encodeURIComponent(org)}/repos`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'user-agent': 'joblist',
        'x-github-api-version': '2022-11-28',
      },
      body: JSON.stringify({ name, description: request.description, private: false, auto_init: false }),
      redirect: 'error',
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    const reason = `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
    throw new Error(redact(`creating ${org}/${name} via ${url} failed: ${reason}`));
  }
  if (!response.ok) {
    const body = await response.text();
    const message = (() => {
      try {
        return String((JSON.parse(body) as { message?: unknown }).message ?? body);
      } catch {
        return body;
      }
    })();
    throw new Error(redact(`GitHub refused to create ${org}/${name}: ${response.status} ${message}`.trim()));
  }
}
