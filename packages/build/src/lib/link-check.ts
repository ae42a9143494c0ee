import {
  BlockedAddressError,
  checkRequestTarget,
  type LinkCheck,
  type LinkState,
  type LinkVerdict,
} from '@joblist/core-model';
import { mapSettled } from '@joblist/io';

/**
 * Bounds of one `check-links` run, whatever its flags say: job URLs come from data, so a run must not become
 * a request flood. `maxUrls` pages checked, `maxTimeoutSeconds` for one request, `perSecond` request starts
 * (all hosts together), `maxRedirects` followed (each hop checked like the first).
 */
export const LINK_CHECK_LIMITS = {
  maxUrls: 2000,
  maxTimeoutSeconds: 60,
  perSecond: 10,
  maxRedirects: 5,
} as const;

/** How pages are checked. */
export interface CheckOptions {
  /** Seconds before a request counts as a timeout. */
  timeoutSeconds: number;
  /** Requests in flight per host. */
  perHost: number;
  /** Hosts checked at once. */
  hosts: number;
  /** A cached result younger than this many seconds is reused, not re-requested. */
  ttlSeconds: number;
  now: Date;
  userAgent: string;
  /** Request starts per second, all hosts together ({@link LINK_CHECK_LIMITS}`.perSecond` by default). */
  perSecond?: number;
  /** Lets requests reach 127.0.0.1 and ::1 (tests, local fixtures); other internal addresses stay refused. */
  allowLoopback?: boolean;
}

/** Spaces request starts `1 / perSecond` seconds apart, across every caller sharing it. */
function createPacer(perSecond: number): () => Promise<void> {
  let next = 0;
  return async () => {
    const now = Date.now();
    const start = Math.max(now, next);
    next = start + 1000 / perSecond;
    if (start > now) await new Promise((done) => setTimeout(done, start - now));
  };
}

const GONE = new Set([404, 410]);

function verdictOf(status: number): LinkVerdict {
  if (status >= 200 && status < 400) return 'ok';
  return GONE.has(status) ? 'gone' : 'unknown';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The status of `url` after its redirects, each hop checked ({@link checkRequestTarget}) and paced first. */
async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: CheckOptions,
  pace: () => Promise<void>,
): Promise<number> {
  const signal = AbortSignal.timeout(options.timeoutSeconds * 1000);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    await checkRequestTarget(current, { allowLoopback: options.allowLoopback ?? false });
    await pace();
    const response = await fetch(current, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': options.userAgent },
      signal,
    });
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return response.status;
    if (redirects >= LINK_CHECK_LIMITS.maxRedirects)
      throw new Error(`more than ${LINK_CHECK_LIMITS.maxRedirects} redirects`);
    current = new URL(location, current).href;
  }
}

const isTimeout = (error: unknown) => (error as Error).name === 'TimeoutError';

/**
 * Checks one job page: HEAD (redirects followed, each hop to a public address only), then GET when HEAD is
 * not answered with a success (some servers refuse or mishandle HEAD). 404 and 410 mean gone; a timeout, a
 * 5xx, a refused internal address or another error is never enough to call a page gone.
 */
export async function checkLink(
  url: string,
  options: CheckOptions,
  pace: () => Promise<void> = createPacer(options.perSecond ?? LINK_CHECK_LIMITS.perSecond),
): Promise<LinkCheck> {
  const checkedAt = options.now.toISOString();
  const result = (verdict: LinkVerdict, detail: string): LinkCheck => ({ verdict, detail, checkedAt });
  try {
    const head = await request(url, 'HEAD', options, pace);
    if (head >= 200 && head < 300) return result('ok', `HTTP ${head}`);
  } catch (error) {
    if (isTimeout(error)) return result('unknown', 'timeout');
    if (error instanceof BlockedAddressError) return result('unknown', error.message);
  }
  try {
    const status = await request(url, 'GET', options, pace);
    return result(verdictOf(status), `HTTP ${status}`);
  } catch (error) {
    return result('unknown', isTimeout(error) ? 'timeout' : `network error: ${(error as Error).message}`);
  }
}

/** True when `check` is younger than the TTL at `now`. */
function isFresh(check: LinkCheck | undefined, options: CheckOptions): check is LinkCheck {
  return (
    check !== undefined && options.now.getTime() - Date.parse(check.checkedAt) < options.ttlSeconds * 1000
  );
}

/**
 * Checks every URL not fresh in `state` (at most `perHost` requests per host, `hosts` hosts at once,
 * `perSecond` request starts in all) and returns the new state with every URL's result; fresh cached results
 * are kept as they are.
 */
export async function checkLinks(
  urls: readonly string[],
  state: LinkState,
  options: CheckOptions,
): Promise<LinkState> {
  const pace = createPacer(options.perSecond ?? LINK_CHECK_LIMITS.perSecond);
  const links = { ...state.links };
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    if (isFresh(links[url], options)) continue;
    const host = URL.canParse(url) ? new URL(url).host : url;
    const queue = byHost.get(host) ?? [];
    queue.push(url);
    byHost.set(host, queue);
  }
  await mapSettled([...byHost.values()], options.hosts, (hostUrls) =>
    mapSettled(hostUrls, options.perHost, async (url) => {
      links[url] = await checkLink(url, options, pace);
    }),
  );
  return { version: 1, links };
}
