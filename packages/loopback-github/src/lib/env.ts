/** The addresses of a running loopback GitHub. */
export interface LoopbackAddresses {
  origin: string;
  apiBase: string;
}

/**
 * The environment that points joblist and git at a loopback GitHub instead of github.com: the API
 * (`JOBLIST_GITHUB_API`), the web and git origin (`JOBLIST_GITHUB_URL`), plain http allowed to it, and
 * git's own `https://github.com/` URLs (a `git clone` of the fork) rewritten to it, so nothing in a test
 * reaches github.com.
 */
export function loopbackEnvironment(github: LoopbackAddresses): Record<string, string> {
  return {
    JOBLIST_GITHUB_API: github.apiBase,
    JOBLIST_GITHUB_URL: github.origin,
    JOBLIST_ALLOW_HTTP_LOOPBACK: '1',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `url.${github.origin}/.insteadOf`,
    GIT_CONFIG_VALUE_0: 'https://github.com/',
  };
}
