/** The default GitHub REST API; `JOBLIST_GITHUB_API` overrides it (GitHub Enterprise, tests). */
export const GITHUB_API = 'https://api.github.com';

/** What a GitHub API client needs. */
export interface GithubApiOptions {
  /** The API base URL (default `JOBLIST_GITHUB_API`, else {@link GITHUB_API}). */
  base?: string;
  /** The token, or a function answering the current one (an App installation's, refreshed before it expires). */
  token: string | undefined | (() => Promise<string | undefined>);
  /** Removes the token (and its encodings) from a message. */
  redact: (text: string) => string;
  /** Throws unless the token may be sent to this URL (https, or loopback http in tests). */
  checkDestination: (url: string) => void;
}

/** One API answer: status, parsed JSON body (undefined when empty or not JSON) and headers. */
export interface GithubResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Calls one REST endpoint (`GET /user`) with the token. */
export type GithubApi = (method: string, path: string, body?: unknown) => Promise<GithubResponse>;

/** The API base a client talks to: the option, else `JOBLIST_GITHUB_API`, else {@link GITHUB_API}. */
function githubApiBase(base?: string, env: NodeJS.ProcessEnv = process.env): string {
  return (base ?? env.JOBLIST_GITHUB_API ?? GITHUB_API).replace(/\/+$/u, '');
}

/** The `message` of a GitHub error body (and the first of its `errors`), or the raw text. */
export function githubMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body ?? '');
  const { message, errors } = body as { message?: unknown; errors?: Array<{ message?: unknown }> };
  const detail = errors?.[0]?.message;
  return [message, detail].filter((part) => typeof part === 'string' && part).join(': ');
}

/**
 * A client for GitHub's REST API. The destination is checked before any request (the token never goes
 * over plain http, but to a loopback test server when allowed), a redirect is an error (the token never
 * follows it), and a network error is one redacted line naming the URL.
 */
export function createGithubApi(options: GithubApiOptions): GithubApi {
  const base = githubApiBase(options.base);
  return async (method, path, body) => {
    const url = `${base}${path}`;
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) options.checkDestination(url);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          ...(token && { authorization: `Bearer ${token}` }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
          'user-agent': 'joblist',
          'x-github-api-version': '2022-11-28',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'error',
      });
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause?.message;
      const reason = `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
      throw new Error(options.redact(`${method} ${url} failed: ${reason}`));
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
}
