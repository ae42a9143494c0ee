import { maskUrlCredentials } from './url.ts';

/** Query parameter names whose values are treated as secrets and never shown. */
const SECRET_PARAM =
  /^(?:.*[-_])?(?:token|key|apikey|secret|password|passwd|pwd|auth|authorization|signature|sig|code|session)$/iu;

/**
 * The shortest secret redacted where it stands in a text: a shorter value (a 1-character test token) would
 * turn every `e` of `example.com` into `e***ample.com`-like noise and hide nothing a real secret needs hidden.
 */
export const MIN_SECRET_LENGTH = 8;

/** Anything that reads as an absolute URL, any scheme and any number of slashes (`http:///user:pw@…`). */
const URL_IN_TEXT = /\b[a-z][\d+.a-z-]*:\/+[^\s"'<>()`]+/giu;

/**
 * `url` safe for messages and logs, read by the WHATWG parser as git and `fetch` read it: a user name or
 * password (in any spelling the parser accepts, `https:///user:pw@host` included) becomes `***@`, the values
 * of secret-looking query parameters (`token`, `api_key`, `sig`, …) `***`. A URL with nothing to hide comes
 * back byte for byte; one the parser refuses keeps only `***@` and what follows the `@` of its authority.
 */
function redactUrl(url: string): string {
  if (!URL.canParse(url)) return maskUrlCredentials(url);
  const parsed = new URL(url);
  const secret = [...parsed.searchParams.keys()].filter((name) => SECRET_PARAM.test(name));
  const credentials = parsed.username !== '' || parsed.password !== '';
  if (!credentials && secret.length === 0) return url;
  if (credentials) {
    parsed.username = '***';
    parsed.password = '';
  }
  for (const name of secret) parsed.searchParams.set(name, '***');
  return parsed.href.replaceAll('%2A%2A%2A', '***');
}

/** A function that removes secrets from a message, a log line or an error. */
export type Redact = (text: string) => string;

/**
 * The one redactor of messages and logs: every URL is read by the WHATWG parser (see {@link redactUrl}), and
 * each of `secrets` (undefined, empty and unrealistically short ones, under {@link MIN_SECRET_LENGTH}, ignored)
 * and its percent-encoded form becomes `***`. Pass the other forms a secret travels in as secrets too.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined> = []): Redact {
  const forms = [
    ...new Set(
      secrets
        .filter((secret): secret is string => (secret?.length ?? 0) >= MIN_SECRET_LENGTH)
        .flatMap((secret) => [secret, encodeURIComponent(secret)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text.replace(URL_IN_TEXT, (match) => {
      const url = match.replace(/[.,:;]+$/u, '');
      return redactUrl(url) + match.slice(url.length);
    });
    for (const form of forms) result = result.split(form).join('***');
    return result;
  };
}
