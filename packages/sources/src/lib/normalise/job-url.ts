/** Query parameters that only track where a click came from; they never change the posting. */
const TRACKING_PARAM =
  /^(?:utm_.*|gclid|gclsrc|dclid|fbclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|ref|ref_src|referrer|source|src|gh_src|trk|lever-source|lever-origin)$/iu;

/**
 * A URL the URL parser would leave as it is, so its identity needs no parse: a lowercase host ending in
 * a name (not an IPv4 address), no port, path segments of unreserved characters that are not `.` or
 * `..`, and a query of `name` or `name=value` pairs of characters form encoding keeps, no fragment.
 */
const PLAIN_URL =
  /^https?:\/\/((?:[a-z\d-]+\.)*[a-z][a-z\d-]*)((?:\/[\w~-][\w.~-]*)*)\/?(?:\?((?:[\w.-]+(?:=[\w.-]*)?)?(?:&(?:[\w.-]+(?:=[\w.-]*)?)?)*))?$/u;

/** Query parameters without tracking ones, sorted by name. */
function identityParams(params: [string, string][]): [string, string][] {
  const kept = params.filter(([name]) => !TRACKING_PARAM.test(name));
  return kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The identity of a job URL for deduplication: host lowercased, `www.` and default ports kept as the
 * URL parser leaves them, scheme, fragment and tracking parameters (`utm_*`, `gclid`, `fbclid`, `ref`,
 * `source`, …) dropped, remaining parameters sorted, and a trailing slash removed from the path. Most job
 * URLs are plain ({@link PLAIN_URL}) and read without the URL parser, to the same identity.
 */
export function normaliseJobUrl(url: string): string {
  const plain = PLAIN_URL.exec(url);
  if (plain) {
    const [, host, path, query = ''] = plain;
    const params = query
      .split('&')
      .filter((pair) => pair !== '')
      .map((pair): [string, string] => {
        const equals = pair.indexOf('=');
        return equals === -1 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
      });
    // Plain names and values need no form encoding: joined as they are, as URLSearchParams would write them.
    const identity = identityParams(params)
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    return `//${host}${path}${identity ? `?${identity}` : ''}`;
  }
  return normaliseParsedUrl(url);
}

/** {@link normaliseJobUrl} through the URL parser: any URL (an unparseable one is only trimmed). */
export function normaliseParsedUrl(url: string): string {
  if (!URL.canParse(url)) return url.trim();
  const parsed = new URL(url);
  const query = new URLSearchParams(identityParams([...parsed.searchParams])).toString();
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/u, '') : '';
  return `//${parsed.host}${path}${query ? `?${query}` : ''}`;
}
