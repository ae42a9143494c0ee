/** Query parameter names whose values are treated as secrets and never shown. */
const SECRET_PARAM =
  /^(?:.*[-_])?(?:token|key|apikey|secret|password|passwd|pwd|auth|authorization|signature|sig|code|session)$/iu;

/**
 * Returns `url` safe for messages and logs: user:password removed and the values of secret-looking
 * query parameters (`token`, `api_key`, `access_token`, `signature`, …) replaced by `***`.
 */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.href.replaceAll('%2A%2A%2A', '***');
}

/** Redacts every http(s) URL inside a free-text message (see {@link redactUrl}). */
export function redactText(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>()]+/giu, (match) => {
    const url = match.replace(/[.,:;]+$/u, '');
    return redactUrl(url) + match.slice(url.length);
  });
}
