import { type GithubApi, type GithubResponse, githubMessage } from './api.ts';
import { createWindows, type PacerClock, systemPacerClock, type Windows } from './pacer.ts';

/** The limits one token's budget keeps to (GitHub's documented numbers by default). */
export interface BudgetLimits {
  /** Content-creating requests (POST) a minute and an hour. */
  contentPerMinute: number;
  contentPerHour: number;
  /** Requests in flight at once (GitHub allows 100; joblist may ask for fewer). */
  concurrent: number;
  /** Points a minute per REST endpoint: a GET costs 1, a write 5. */
  pointsPerMinute: number;
  /** Least time between two pushes to one repository (GitHub recommends at most 6 a minute). */
  pushSpacingMs: number;
}

/** GitHub's documented secondary limits, and 10 s between pushes to one repository. */
export const GITHUB_LIMITS: BudgetLimits = {
  contentPerMinute: 80,
  contentPerHour: 500,
  concurrent: 100,
  pointsPerMinute: 900,
  pushSpacingMs: 10_000,
};

/** How a budget runs. */
export interface BudgetOptions {
  /** The clock it waits on (default: the wall clock; a simulated one in tests and benchmarks). */
  clock?: PacerClock;
  limits?: Partial<BudgetLimits>;
  /** Progress lines (each wait a limit asked for). */
  log?: (line: string) => void;
  /** Never wait past this time (ms on the clock): such a request is deferred instead ({@link DeferredError}). */
  deadline?: number;
  /** Answers over a limit retried at most this many times per request (default 5). */
  maxRetries?: number;
}

/** Work not done because the limits would keep it waiting past the deadline: the next run does it. */
export class DeferredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeferredError';
  }
}

/** What a budget has done, for the run's summary and the benchmarks. */
export interface BudgetStats {
  requests: number;
  /** Answers over a limit (each waited out, then retried). */
  limited: number;
  /** Time spent waiting for the limits (ms on the clock). */
  waitedMs: number;
}

/** One pacing budget per token: every API request and push of a run goes through it. */
export interface Budget {
  /** `api` paced: concurrency, points per endpoint, content creation, the primary limit, and limit answers waited out and retried. */
  api(api: GithubApi): GithubApi;
  /** Runs one push to `repository` no sooner than `pushSpacingMs` after the previous one. */
  push<T>(repository: string, send: () => Promise<T>): Promise<T>;
  stats: BudgetStats;
}

/** Wait after a limit answer without `retry-after` or `x-ratelimit-reset`: a minute, doubled per retry. */
const DEFAULT_WAIT_MS = 60_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The REST endpoint of a path, owner and repository names replaced (points are counted per endpoint). */
function endpointOf(method: string, path: string): string {
  const route = path
    .replace(/\?.*$/u, '')
    .replace(/^\/(repos|orgs)\/[^/]+(?:\/[^/]+)?/u, (_all, kind: string) =>
      kind === 'repos' ? '/repos/{owner}/{repo}' : '/orgs/{org}',
    );
  return `${method} ${route}`;
}

const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

/** Whether an answer says a rate limit was hit (not a permission refusal). */
function isLimited(response: GithubResponse): boolean {
  if (response.status !== 403 && response.status !== 429) return false;
  return (
    response.headers.has('retry-after') ||
    response.headers.get('x-ratelimit-remaining') === '0' ||
    /rate limit/iu.test(githubMessage(response.body))
  );
}

/** A counting semaphore of `size` places. */
function createSlots(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire: async () => {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

/** A {@link Budget} for one token (an App installation's tokens share one). */
export function createBudget(options: BudgetOptions = {}): Budget {
  const clock = options.clock ?? systemPacerClock;
  const limits = { ...GITHUB_LIMITS, ...options.limits };
  const maxRetries = options.maxRetries ?? 5;
  const stats: BudgetStats = { requests: 0, limited: 0, waitedMs: 0 };
  const slots = createSlots(limits.concurrent);
  const content = createWindows([
    { span: MINUTE, limit: limits.contentPerMinute },
    { span: HOUR, limit: limits.contentPerHour },
  ]);
  const points = new Map<string, Windows>();
  const lastPush = new Map<string, number>();
  let primary: { remaining: number; resetAt: number } | undefined;

  const waitUntil = async (time: number, why: string) => {
    const now = clock.now();
    if (time <= now) return;
    if (options.deadline !== undefined && time > options.deadline)
      throw new DeferredError(
        `${why}: the next request may go at ${new Date(time).toISOString()}, after the deadline ${new Date(options.deadline).toISOString()}`,
      );
    stats.waitedMs += time - now;
    await clock.sleep(time - now);
  };

  /** The earliest time this request may go, reserved in every window it counts in. */
  const reserve = (method: string, path: string): number => {
    let at = clock.now();
    if (primary && at >= primary.resetAt) primary = undefined;
    if (primary && primary.remaining <= 0) {
      at = primary.resetAt;
      primary = undefined;
    } else if (primary) primary.remaining--;
    const endpoint = endpointOf(method, path);
    let windows = points.get(endpoint);
    if (!windows) {
      windows = createWindows([{ span: MINUTE, limit: limits.pointsPerMinute }]);
      points.set(endpoint, windows);
    }
    if (method.toUpperCase() === 'POST') at = content.reserve(at);
    return windows.reserve(at, isWrite(method) ? 5 : 1);
  };

  const observe = (response: GithubResponse) => {
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = response.headers.get('x-ratelimit-reset');
    if (remaining !== null && reset !== null)
      primary = { remaining: Number(remaining), resetAt: Number(reset) * 1000 };
  };

  const limitWait = (response: GithubResponse, attempt: number): { ms: number; why: string } => {
    const retryAfter = Number(response.headers.get('retry-after'));
    if (retryAfter > 0) return { ms: retryAfter * 1000, why: 'secondary rate limit' };
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (response.headers.get('x-ratelimit-remaining') === '0' && reset > 0)
      return { ms: Math.max(1000, reset * 1000 - clock.now()), why: 'primary rate limit' };
    return { ms: DEFAULT_WAIT_MS * 2 ** attempt, why: 'rate limit, no retry-after' };
  };

  return {
    stats,
    api: (api) => async (method, path, body) => {
      for (let attempt = 0; ; attempt++) {
        await waitUntil(reserve(method, path), `${method} ${path}`);
        await slots.acquire();
        let response: GithubResponse;
        try {
          stats.requests++;
          response = await api(method, path, body);
        } finally {
          slots.release();
        }
        observe(response);
        if (!isLimited(response) || attempt >= maxRetries) return response;
        stats.limited++;
        const wait = limitWait(response, attempt);
        options.log?.(`GitHub asked to wait ${Math.round(wait.ms / 1000)} s (${wait.why})`);
        await waitUntil(clock.now() + wait.ms, `${method} ${path} (${wait.why})`);
      }
    },
    push: async (repository, send) => {
      const at = Math.max(
        clock.now(),
        (lastPush.get(repository) ?? Number.NEGATIVE_INFINITY) + limits.pushSpacingMs,
      );
      lastPush.set(repository, at);
      await waitUntil(at, `push to ${repository}`);
      return send();
    },
  };
}
