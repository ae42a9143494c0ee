/** Runs async tasks with at most `limit` of them in flight; the rest wait in arrival order. */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** Creates a {@link Limiter} allowing `limit` (≥ 1) tasks at once. */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be an integer ≥ 1, got ${limit}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run(task) {
      if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/** Runs `task` for every item with at most `limit` in flight; results keep the order of `items`. */
export function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const limiter = createLimiter(limit);
  return Promise.all(items.map((item, index) => limiter.run(() => task(item, index))));
}

/**
 * Limits tasks both overall and per key (a host name): a task first takes a slot of its key, then an
 * overall slot, so requests queued for one busy host never hold overall slots other hosts could use.
 */
export function createKeyedLimiter(overall: number, perKey: number) {
  const total = createLimiter(overall);
  const byKey = new Map<string, Limiter>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      let limiter = byKey.get(key);
      if (!limiter) {
        limiter = createLimiter(perKey);
        byKey.set(key, limiter);
      }
      return limiter.run(() => total.run(task));
    },
  };
}
