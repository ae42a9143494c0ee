import { createRedactor, type Redact } from '@joblist/core-model';

/** Where the publish token is read from, in order. */
export const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'] as const;

/** The token for GitHub (`GITHUB_TOKEN`, else `GH_TOKEN`), or undefined when neither is set. */
export function readToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of TOKEN_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The `Authorization` header value git sends for a token (GitHub accepts any user name with it). */
export function basicAuthorization(token: string): string {
  return `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

/** The scheme, host and port of an http(s) remote with a trailing slash, or undefined for other remotes. */
export function httpOrigin(remote: string): string | undefined {
  if (!/^https?:\/\//iu.test(remote)) return undefined;
  return `${new URL(remote).origin}/`;
}

/** Set to `1` to let the token go over plain http to 127.0.0.1 or localhost (test servers only). */
export const ALLOW_HTTP_LOOPBACK = 'JOBLIST_ALLOW_HTTP_LOOPBACK';

/** Whether {@link ALLOW_HTTP_LOOPBACK} is set to `1`. */
export function allowsHttpLoopback(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ALLOW_HTTP_LOOPBACK] === '1';
}

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/u.test(hostname);

/**
 * Throws unless a token may be sent to `url`: https only, or plain http to a loopback host when
 * `allowHttpLoopback` (tests). `what` names where the URL came from (`--remote`, `JOBLIST_GITHUB_API`).
 */
export function checkTokenDestination(url: string, what: string, allowHttpLoopback: boolean): void {
  const { protocol, hostname, origin } = new URL(url);
  if (protocol === 'https:') return;
  if (protocol === 'http:' && allowHttpLoopback && isLoopback(hostname)) return;
  throw new Error(
    `${what} ${origin}: refusing to send the token (GITHUB_TOKEN or GH_TOKEN) over ${protocol.slice(0, -1)}; ` +
      `use an https URL (${ALLOW_HTTP_LOOPBACK}=1 allows http to 127.0.0.1 or localhost, for tests)`,
  );
}

/**
 * Environment variables that make git send the token as an `http.<origin>.extraHeader`, via
 * `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`: the token never reaches argv, a remote URL
 * or `.git/config`, and is only sent to the remote's own origin: the remote must be https (see
 * {@link checkTokenDestination}) and `http.followRedirects=false` keeps git from carrying the header to
 * the host a redirect names. Empty for non-http remotes.
 */
export function gitAuthEnvironment(
  remote: string,
  token: string | undefined,
  base: NodeJS.ProcessEnv = process.env,
  options: { allowHttpLoopback?: boolean } = {},
): Record<string, string> {
  const origin = httpOrigin(remote);
  if (!origin || !token) return {};
  checkTokenDestination(remote, '--remote', options.allowHttpLoopback ?? false);
  const index = Number(base.GIT_CONFIG_COUNT ?? 0) || 0;
  return {
    GIT_CONFIG_COUNT: String(index + 2),
    [`GIT_CONFIG_KEY_${index}`]: `http.${origin}.extraHeader`,
    [`GIT_CONFIG_VALUE_${index}`]: `Authorization: ${basicAuthorization(token)}`,
    [`GIT_CONFIG_KEY_${index + 1}`]: 'http.followRedirects',
    [`GIT_CONFIG_VALUE_${index + 1}`]: 'false',
  };
}

/**
 * The redactor of everything publish prints: core-model's one redactor, given the token and the
 * credentials git sends for it (see {@link basicAuthorization}), and `more()` secrets that appear during a
 * run (an App's installation tokens, its private key) with their git credentials too.
 */
export function tokenRedactor(token: string | undefined, more: () => readonly string[] = () => []): Redact {
  const forms = (secret: string) => [secret, basicAuthorization(secret).slice('Basic '.length)];
  const fixed = token ? forms(token) : [];
  let cached = { count: 0, redact: createRedactor(fixed) };
  return (text) => {
    const extra = more();
    // The list only grows (tokens minted during the run): its length tells when to rebuild.
    if (extra.length !== cached.count)
      cached = { count: extra.length, redact: createRedactor([...fixed, ...extra.flatMap(forms)]) };
    return cached.redact(text);
  };
}
