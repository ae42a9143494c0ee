/** Statuses worth another try: rate limiting and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds a `Retry-After` header asks to wait: delay-seconds (`120`) or an HTTP date, relative
 * to `now`. `undefined` when the header is absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Settings of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
  /** Returns a number in [0, 1); `Math.random` by default. */
  random?: () => number;
}

/**
 * Exponential backoff with jitter: attempt 0 waits about `baseMs`, each further attempt doubles it,
 * capped at `maxMs`; the delay is drawn from [half, full] of that value so clients spread out.
 */
export function backoffDelay(
  attempt: number,
  { baseMs, maxMs, random = Math.random }: BackoffOptions,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
