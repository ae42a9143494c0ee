/** The time source of the loopback GitHub (rate-limit windows, token expiry): a simulated clock in tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that can wait: what a client shares with the server in one process. */
export interface SimulatedClock extends Clock {
  /** Moves time on by `ms` at once (concurrent waits from the same instant overlap, not add up). */
  sleep(ms: number): Promise<void>;
  /** Moves time on by `ms` without waiting (a test's "an hour passes"). */
  advance(ms: number): void;
}

/**
 * A simulated clock starting at `start`: a wait resolves on the next turn of the event loop with time
 * moved to its end (never back), so an hour of rate limits passes in milliseconds of wall time.
 */
export function createSimulatedClock(start = 0): SimulatedClock {
  let time = start;
  return {
    now: () => time,
    sleep: async (ms) => {
      const end = time + Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
      time = Math.max(time, end);
    },
    advance: (ms) => {
      time += ms;
    },
  };
}
