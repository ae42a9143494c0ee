import type { Clock } from './clock.ts';

/** Limits the loopback GitHub enforces (GitHub's documented defaults). */
export interface RateLimits {
  /** Primary limit per hour of an authenticated token (`x-ratelimit-limit`). */
  authenticated: number;
  /** Primary limit per hour without a token. */
  anonymous: number;
  /** Content-creating requests (POST) per minute and per hour, per token (a secondary limit). */
  contentPerMinute: number;
  contentPerHour: number;
}

/** GitHub's published numbers. */
export const GITHUB_RATE_LIMITS: RateLimits = {
  authenticated: 5000,
  anonymous: 60,
  contentPerMinute: 80,
  contentPerHour: 500,
};

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface Window {
  start: number;
  used: number;
}

/** What one request is charged: the headers to send and whether it must be refused. */
export interface Charge {
  headers: Record<string, string>;
  /** `primary`: the hourly limit is used up; `secondary`: too many content-creating requests. */
  exceeded?: 'primary' | 'secondary';
  /** Seconds to wait (`retry-after`) after a secondary limit. */
  retryAfter?: number;
}

/** Per-caller primary (hourly) and content-creation limits, on a given clock. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly created = new Map<string, number[]>();
  /** Requests refused for the content-creation limit. */
  secondaryHits = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: RateLimits,
  ) {}

  /** Charges one request of `caller` (a token, or `anonymous`); `creates` marks a content-creating one. */
  charge(caller: string | undefined, creates: boolean): Charge {
    const now = this.clock.now();
    const key = caller ?? 'anonymous';
    const limit = caller ? this.limits.authenticated : this.limits.anonymous;
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
    if (window.used >= limit) return { headers: headers(window.used), exceeded: 'primary' };
    window.used++;
    if (creates) {
      const recent = (this.created.get(key) ?? []).filter((time) => now - time < HOUR);
      const lastMinute = recent.filter((time) => now - time < MINUTE);
      const minuteFull = lastMinute.length >= this.limits.contentPerMinute;
      if (minuteFull || recent.length >= this.limits.contentPerHour) {
        this.secondaryHits++;
        const freeAt = minuteFull ? (lastMinute[0] ?? now) + MINUTE : (recent[0] ?? now) + HOUR;
        this.created.set(key, recent);
        return {
          headers: headers(window.used),
          exceeded: 'secondary',
          retryAfter: Math.ceil((freeAt - now) / 1000),
        };
      }
      recent.push(now);
      this.created.set(key, recent);
    }
    return { headers: headers(window.used) };
  }
}
