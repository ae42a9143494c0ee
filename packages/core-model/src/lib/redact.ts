import { maskUrlCredentials } from './url.ts';

/** Query parameter names whose values are treated as secrets and never shown. */
const SECRET_PARAM =
  /^(?:.*[-_])?(?:token|key|apikey|secret|password|passwd|pwd|auth|authorization|signature|sig|code|session)$/iu;

/**
 * The shortest secret redacted where it stands in a text: a shorter value (a 1-character test token) would
 * turn every `e` of `example.com` into `***` and hide nothing a real secret needs hidden.
 */
export const MIN_SECRET_LENGTH = 8;

/** Anything that reads as an absolute URL, any scheme (`https://…`, `ssh://…`, `http:///user:pw@…`). */
const URL_IN_TEXT = /\b[a-z][\d+.a-z-]*:\/{1,}[^\s"'<>()`]+/giu;

/**
 * Returns `url` safe for messages and logs, read by the WHATWG parser: user name and password removed
 * (in every spelling the parser accepts, `https:///user:pw@host` included) and the values of
 * secret-looking query parameters (`token`, `api_key`, `access_token`, `signature`, …) replaced by `***`.
 * A URL the parser refuses keeps only the part after any `@` of its authority; one with nothing to hide is
 * returned as written.
 */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return maskUrlCredentials(url).replace('***@', '');
  const parsed = new URL(url);
  const secretParams = [...parsed.searchParams.keys()].some((name) => SECRET_PARAM.test(name));
  // Nothing to hide: the URL as written (the parser would add a trailing slash, change escapes).
  if (parsed.username === '' && parsed.password === '' && !secretParams) return url;
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.href.replaceAll('%2A%2A%2A', '***');
}

/** A function that takes secrets out of a message (see {@link createRedactor}). */
export type Redact = (text: string) => string;

/**
 * A {@link Redact} that redacts every URL in a text (see {@link redactUrl}) and replaces each known
 * secret form (a token, its base64 or percent-encoded forms: the caller lists them) by `***`. Forms
 * shorter than {@link MIN_SECRET_LENGTH} are not searched for; undefined and empty ones are ignored.
 */
export function createRedactor(forms: ReadonlyArray<string | undefined> = []): Redact {
  const secrets = [
    ...new Set(forms.filter((form): form is string => (form?.length ?? 0) >= MIN_SECRET_LENGTH)),
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text.replace(URL_IN_TEXT, (match) => {
      const url = match.replace(/[.,:;]+$/u, '');
      return redactUrl(url) + match.slice(url.length);
    });
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
}

/** Redacts every URL inside a free-text message (see {@link redactUrl}); no other secret is known. */
export const redactText: Redact = createRedactor();
