/** Query parameter names whose values are treated as secrets and never shown. */
const SECRET_PARAM =
  /^(?:.*[-_])?(?:token|key|apikey|secret|password|passwd|pwd|auth|authorization|signature|sig|code|session)$/iu;

/** The user-info part of a URL of any scheme (`https://x:TOKEN@host`, `ftp://user@host`). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/giu;

/** An http(s) URL inside free text. */
const HTTP_URL = /https?:\/\/[^\s"'<>()]+/giu;

/** `url` with the values of secret-looking query parameters (`token`, `api_key`, `sig`, …) as `***`; else unchanged. */
function redactQuery(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  const secret = [...parsed.searchParams.keys()].filter((name) => SECRET_PARAM.test(name));
  if (secret.length === 0) return url;
  for (const name of secret) parsed.searchParams.set(name, '***');
  return parsed.href.replaceAll('%2A%2A%2A', '***');
}

/** A function that removes secrets from a message, a log line or an error. */
export type Redact = (text: string) => string;

/**
 * The one redactor of messages and logs: every URL's user name and password become `***@`, the values of
 * secret-looking query parameters of every http(s) URL `***`, and each of `secrets` (undefined and empty
 * ones ignored) and its percent-encoded form `***`. Pass the other forms a secret travels in as secrets too.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined> = []): Redact {
  const forms = secrets
    .filter((secret): secret is string => Boolean(secret))
    .flatMap((secret) => [secret, encodeURIComponent(secret)])
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text.replace(URL_CREDENTIALS, '$1***@').replace(HTTP_URL, (match) => {
      const url = match.replace(/[.,:;]+$/u, '');
      return redactQuery(url) + match.slice(url.length);
    });
    for (const form of forms) result = result.split(form).join('***');
    return result;
  };
}
