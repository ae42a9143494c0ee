import { mapSettled } from '@joblist/io';
import type { LinkCheck, LinkState, LinkVerdict } from './link-state.ts';

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
}

const GONE = new Set([404, 410]);

function verdictOf(status: number): LinkVerdict {
  if (status >= 200 && status < 400) return 'ok';
  return GONE.has(status) ? 'gone' : 'unknown';
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    headers: { 'user-agent': options.userAgent },
    signal: AbortSignal.timeout(options.timeoutSeconds * 1000),
  });
  await response.body?.cancel();
  return response.status;
}

const isTimeout = (error: unknown) => (error as Error).name === 'TimeoutError';

/**
 * Checks one job page: HEAD (redirects followed), then GET when HEAD is not answered with a success
 * (some servers refuse or mishandle HEAD). 404 and 410 mean gone; a timeout, a 5xx or another error
 * is never enough to call a page gone.
 */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkCheck> {
  const checkedAt = options.now.toISOString();
  const result = (verdict: LinkVerdict, detail: string): LinkCheck => ({ verdict, detail, checkedAt });
  try {
    const head = await request(url, 'HEAD', options);
    if (head >= 200 && head < 300) return result('ok', `HTTP ${head}`);
  } catch (error) {
    if (isTimeout(error)) return result('unknown', 'timeout');
  }
  try {
    const status = await request(url, 'GET', options);
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
 * Checks every URL not fresh in `state` (at most `perHost` requests per host, `hosts` hosts at once)
 * and returns the new state with every URL's result; fresh cached results are kept as they are.
 */
export async function checkLinks(
  urls: readonly string[],
  state: LinkState,
  options: CheckOptions,
): Promise<LinkState> {
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
      links[url] = await checkLink(url, options);
    }),
  );
  return { version: 1, links };
}
