import type { Clock } from './clock.ts';

/** Limits the loopback GitHub enforces (GitHub's documented defaults). */
export interface RateLimits {
  /** Primary limit per hour of a personal token (`x-ratelimit-limit`). */
  authenticated: number;
  /** Primary limit per hour without a token. */
  anonymous: number;
  /** Content-creating requests (POST) per minute and per hour, per caller (a secondary limit). */
  contentPerMinute: number;
  contentPerHour: number;
  /** Requests in flight at once, per caller (a secondary limit). */
  concurrent: number;
  /** Points per minute per REST endpoint and caller: a GET costs 1, a write 5 (a secondary limit). */
  pointsPerMinute: number;
  /** Pushes per minute to one repository (GitHub's recommendation, enforced here). */
  pushesPerMinute: number;
}

/** GitHub's published numbers. */
export const GITHUB_RATE_LIMITS: RateLimits = {
  authenticated: 5000,
  anonymous: 60,
  contentPerMinute: 80,
  contentPerHour: 500,
  concurrent: 100,
  pointsPerMinute: 900,
  pushesPerMinute: 6,
};

/** GitHub's primary limit of an App installation: 5,000 an hour, +50 per repository above 20, at most 12,500. */
export function installationRateLimit(repositories: number): number {
  return Math.min(12_500, 5000 + 50 * Math.max(0, repositories - 20));
}

/** GitHub's message for a secondary rate limit. */
export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface Window {
  start: number;
  used: number;
}

/** One REST request to charge. */
export interface ChargeRequest {
  /** Who pays: a token, an installation (`installation:<id>`), or undefined (anonymous). */
  caller: string | undefined;
  /** Its primary limit per hour (default: `authenticated`, or `anonymous` without a caller). */
  limit?: number;
  method: string;
  /** The endpoint, owner and repository names replaced (`/repos/{owner}/{repo}/pages`). */
  endpoint: string;
}

/** What one request is charged: the headers to send and whether it must be refused. */
export interface Charge {
  headers: Record<string, string>;
  /** `primary`: the hourly limit is used up; `secondary`: a secondary limit (creation, points, concurrency). */
  exceeded?: 'primary' | 'secondary';
  /** Seconds to wait (`retry-after`) after a secondary limit. */
  retryAfter?: number;
}

const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

/** Per-caller primary (hourly) and secondary limits, on a given clock. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly created = new Map<string, number[]>();
  private readonly points = new Map<string, Array<{ time: number; points: number }>>();
  private readonly inFlight = new Map<string, number>();
  private readonly pushes = new Map<string, number[]>();
  /** Requests refused for a secondary limit. */
  secondaryHits = 0;
  /** Requests refused for the primary (hourly) limit. */
  primaryHits = 0;
  /** Pushes refused for coming faster than `pushesPerMinute` to one repository. */
  pushHits = 0;

  constructor(
    private readonly clock: Clock,
    /** The limits it enforces. */
    readonly limits: RateLimits,
  ) {}

  /** Every request answered over a limit (primary, secondary, pushes): 0 for a well-paced client. */
  get overLimit(): number {
    return this.primaryHits + this.secondaryHits + this.pushHits;
  }

  /** Starts a request of `caller`; false (and counted) when it is over the concurrency limit. Call {@link end} after. */
  begin(caller: string | undefined): boolean {
    const key = caller ?? 'anonymous';
    const count = (this.inFlight.get(key) ?? 0) + 1;
    this.inFlight.set(key, count);
    return count <= this.limits.concurrent;
  }

  /** Ends a request {@link begin} started. */
  end(caller: string | undefined): void {
    const key = caller ?? 'anonymous';
    this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
  }

  /** A secondary-limit refusal: counted, with `retry-after` (at least one second). */
  private secondary(headers: Record<string, string>, seconds: number): Charge {
    this.secondaryHits++;
    return { headers, exceeded: 'secondary', retryAfter: Math.max(1, Math.ceil(seconds)) };
  }

  /** Charges one REST request; `withinConcurrency` is what {@link begin} answered. */
  charge(request: ChargeRequest, withinConcurrency = true): Charge {
    const now = this.clock.now();
    const key = request.caller ?? 'anonymous';
    const limit = request.limit ?? (request.caller ? this.limits.authenticated : this.limits.anonymous);
    let window = this.windows.get(key);
    if (!window || now - window.start >= HOUR) {
      window = { start: now, used: 0 };
      this.windows.set(key, window);
    }
    const reset = Math.ceil((window.start + HOUR) / 1000);
    const headers = (used: number) => ({
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    });
    if (window.used >= limit) {
      this.primaryHits++;
      return { headers: headers(window.used), exceeded: 'primary' };
    }
    window.used++;
    const charged = headers(window.used);
    if (!withinConcurrency) return this.secondary(charged, 60);

    const cost = isWrite(request.method) ? 5 : 1;
    const pointsKey = `${key} ${request.method} ${request.endpoint}`;
    const spent = (this.points.get(pointsKey) ?? []).filter((entry) => now - entry.time < MINUTE);
    this.points.set(pointsKey, spent);
    if (spent.reduce((sum, entry) => sum + entry.points, 0) + cost > this.limits.pointsPerMinute)
      return this.secondary(charged, ((spent[0]?.time ?? now) + MINUTE - now) / 1000);

    if (request.method === 'POST') {
      const recent = (this.created.get(key) ?? []).filter((time) => now - time < HOUR);
      this.created.set(key, recent);
      const lastMinute = recent.filter((time) => now - time < MINUTE);
      const minuteFull = lastMinute.length >= this.limits.contentPerMinute;
      if (minuteFull || recent.length >= this.limits.contentPerHour) {
        const freeAt = minuteFull ? (lastMinute[0] ?? now) + MINUTE : (recent[0] ?? now) + HOUR;
        return this.secondary(charged, (freeAt - now) / 1000);
      }
      recent.push(now);
    }
    spent.push({ time: now, points: cost });
    return { headers: charged };
  }

  /** Charges one push to `repository`; false (and counted) when it comes faster than `pushesPerMinute`. */
  chargePush(repository: string): boolean {
    const now = this.clock.now();
    const recent = (this.pushes.get(repository) ?? []).filter((time) => now - time < MINUTE);
    this.pushes.set(repository, recent);
    if (recent.length >= this.limits.pushesPerMinute) {
      this.pushHits++;
      return false;
    }
    recent.push(now);
    return true;
  }
}
