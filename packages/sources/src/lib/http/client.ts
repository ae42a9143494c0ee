import { createRedactor, plural } from '@joblist/core-model';
import { type HttpClient, type RequestOptions, SOURCE_LIMIT_DEFAULTS, SourceError } from '../types.ts';
import { parseJsonBody, readCappedText } from './body.ts';
import { type CachedResponse, cacheKey, createFileCache, type HttpCache } from './cache.ts';
import { createKeyedLimiter } from './limiter.ts';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.ts';

/** Secrets out of every message: URL credentials and secret-looking query values. */
const redact = createRedactor();

/** The `User-Agent` sent when none is configured. */
export const DEFAULT_USER_AGENT = 'joblist/0.1 (job-list generator)';

/** Defaults of {@link HttpClientOptions}. */
export const HTTP_DEFAULTS = {
  timeoutMs: 30_000,
  concurrency: 16,
  perHostConcurrency: 8,
  retries: 3,
  retryBaseMs: 500,
  retryMaxMs: 10_000,
  maxRetryAfterMs: 60_000,
  maxBytes: SOURCE_LIMIT_DEFAULTS.maxBytes,
} as const;

/** Settings of {@link createHttpClient}; every field is optional (see {@link HTTP_DEFAULTS}). */
export interface HttpClientOptions {
  /** Sent with every request; {@link DEFAULT_USER_AGENT} by default. */
  userAgent?: string;
  /** Milliseconds before one attempt (headers and body) is abandoned. */
  timeoutMs?: number;
  /** Requests in flight at once, all hosts together. */
  concurrency?: number;
  /** Requests in flight at once to one host. */
  perHostConcurrency?: number;
  /** Further attempts after a network error, a timeout, a 408, 429 or 5xx. */
  retries?: number;
  /** Backoff before the first retry (doubled each time, with jitter). */
  retryBaseMs?: number;
  /** Longest backoff between two attempts. */
  retryMaxMs?: number;
  /** Longest `Retry-After` honoured; a longer one fails the request instead of stalling the run. */
  maxRetryAfterMs?: number;
  /** Largest response body read, in bytes, unless a request says otherwise; a longer one fails the request. */
  maxBytes?: number;
  /** Folder of the on-disk HTTP cache (conditional requests); no cache when absent. */
  cacheDir?: string;
  /** Source of jitter, `Math.random` by default (tests pin it). */
  random?: () => number;
}

/** One answer from the server, body read as text. */
interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

/** A response body with its content type and the redacted `METHOD url` used in messages. */
interface ReadBody {
  body: string;
  contentType?: string;
  where: string;
  /** Stores a fresh body in the cache; called once the caller found the body usable. */
  keep(): Promise<void>;
}

const nothingToKeep = async () => undefined;

/** Builds the full request URL: `url` plus `query` (undefined values dropped). */
function withQuery(url: string, query: RequestOptions['query']): string {
  if (!query) return url;
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) parsed.searchParams.set(name, String(value));
  }
  return parsed.href;
}

/**
 * A human reason for a network-level failure, without the URL (callers add a redacted one): the
 * first error code found along the `cause` chain (ofetch wraps undici's error, which wraps the socket's).
 */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  let innermost = error as Error & { cause?: unknown; code?: unknown };
  for (
    let current: unknown = error;
    current instanceof Error;
    current = (current as { cause?: unknown }).cause
  ) {
    const { name, code } = current as Error & { code?: unknown };
    if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT')
      return `timed out after ${timeoutMs} ms`;
    if (typeof code === 'string') return `network error (${code})`;
    innermost = current;
  }
  return `network error (${redact(innermost?.message ?? String(error))})`;
}

/** A failure the retry loop may try again: a network error or a retryable status. */
class RetryableFailure extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Creates the HTTP client every adapter uses:
 * - at most `concurrency` requests in flight, and `perHostConcurrency` per host;
 * - a timeout per attempt covering headers and body, and a cap on the body's size (`maxBytes`), read
 *   as a stream so an oversized answer is cut off, not buffered;
 * - retries with exponential backoff and jitter on network errors, timeouts, 408, 429 and 5xx;
 *   a `Retry-After` (seconds or HTTP date) on 429/503 is waited instead, up to `maxRetryAfterMs`;
 * - conditional GETs (`If-None-Match` / `If-Modified-Since`) against an on-disk cache, so an
 *   unchanged resource costs a 304 and its cached body is reused (a body `json()` cannot parse is
 *   never cached);
 * - `json()` rejects empty bodies, HTML pages and unparseable JSON with a {@link SourceError}.
 * Error messages name the URL with secrets redacted and never include request headers.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const settings = { ...HTTP_DEFAULTS, ...options };
  const limiter = createKeyedLimiter(settings.concurrency, settings.perHostConcurrency);
  const cache: HttpCache | undefined = options.cacheDir ? createFileCache(options.cacheDir) : undefined;

  const attempt = async (
    url: string,
    init: RequestOptions,
    cached: CachedResponse | undefined,
  ): Promise<RawResponse> => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const reason = new Error('timeout');
      reason.name = 'TimeoutError';
      controller.abort(reason);
    }, settings.timeoutMs);
    const headers: Record<string, string> = {
      'user-agent': settings.userAgent ?? DEFAULT_USER_AGENT,
      ...init.headers,
    };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    try {
      // Loaded on the first request: ofetch brings Node's fetch (undici), 20 ms of start-up a fetch of
      // local files or a build never needs.
      const { ofetch } = await import('ofetch');
      const response = await ofetch.raw(url, {
        method: init.method ?? 'GET',
        body: init.body as Record<string, unknown> | undefined,
        headers,
        signal: controller.signal,
        retry: false,
        ignoreResponseError: true,
        responseType: 'stream',
      });
      const body = await readCappedText(
        response._data as ReadableStream<Uint8Array> | undefined,
        response.headers.get('content-length'),
        init.maxBytes ?? settings.maxBytes,
      );
      return { status: response.status, statusText: response.statusText, headers: response.headers, body };
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new RetryableFailure(describeNetworkError(controller.signal.reason ?? error, settings.timeoutMs));
    } finally {
      clearTimeout(timer);
    }
  };

  const checkStatus = (response: RawResponse): void => {
    if (response.status === 304 || (response.status >= 200 && response.status < 300)) return;
    const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (!isRetryableStatus(response.status)) throw new SourceError(reason);
    const retryAfter =
      response.status === 429 || response.status === 503
        ? parseRetryAfter(response.headers.get('retry-after'))
        : undefined;
    throw new RetryableFailure(reason, retryAfter);
  };

  /** Runs attempts until one succeeds or retries run out; waits happen outside the concurrency slots. */
  const withRetries = async (host: string, run: () => Promise<RawResponse>): Promise<RawResponse> => {
    for (let attemptIndex = 0; ; attemptIndex++) {
      try {
        return await limiter.run(host, async () => {
          const response = await run();
          checkStatus(response);
          return response;
        });
      } catch (error) {
        if (!(error instanceof RetryableFailure)) throw error;
        const retriesLeft = settings.retries - attemptIndex;
        if (retriesLeft <= 0) {
          const tries = attemptIndex + 1;
          throw new SourceError(`${error.message} (after ${plural(tries, 'attempt')})`);
        }
        if (error.retryAfterMs !== undefined && error.retryAfterMs > settings.maxRetryAfterMs) {
          throw new SourceError(
            `${error.message}; Retry-After ${Math.ceil(error.retryAfterMs / 1000)} s exceeds the ${settings.maxRetryAfterMs / 1000} s limit`,
          );
        }
        await sleep(
          error.retryAfterMs ??
            backoffDelay(attemptIndex, {
              baseMs: settings.retryBaseMs,
              maxMs: settings.retryMaxMs,
              random: settings.random,
            }),
        );
      }
    }
  };

  const requestText = async (url: string, init: RequestOptions): Promise<ReadBody> => {
    const fullUrl = withQuery(url, init.query);
    const method = init.method ?? 'GET';
    const where = `${method} ${redact(fullUrl)}`;
    const key = cacheKey(method, fullUrl);
    const useCache = cache !== undefined && method === 'GET';
    try {
      const cached = useCache ? await cache.get(key) : undefined;
      const response = await withRetries(new URL(fullUrl).host, () => attempt(fullUrl, init, cached));
      if (response.status === 304) {
        if (!cached) throw new SourceError('HTTP 304 Not Modified without a cached copy');
        return { body: cached.body, where, keep: nothingToKeep };
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const keep = useCache ? () => storeInCache(cache, key, response) : nothingToKeep;
      return { body: response.body, contentType, where, keep };
    } catch (error) {
      const reason =
        error instanceof SourceError ? error.message : `unexpected error (${(error as Error).message})`;
      throw new SourceError(`${where}: ${reason}`);
    }
  };

  return {
    async json<T>(url: string, init: RequestOptions = {}): Promise<T> {
      const { body, contentType, where, keep } = await requestText(url, init);
      const data = parseJsonBody(body, contentType, where) as T;
      await keep();
      return data;
    },
    async text(url: string, init: RequestOptions = {}): Promise<string> {
      const { body, keep } = await requestText(url, init);
      await keep();
      return body;
    },
  };
}

/** Keeps a 2xx response with a validator (ETag or Last-Modified); drops the entry otherwise. */
async function storeInCache(cache: HttpCache, key: string, response: RawResponse): Promise<void> {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  if (etag === undefined && lastModified === undefined) {
    await cache.delete(key);
    return;
  }
  await cache.set(key, { etag, lastModified, body: response.body });
}
