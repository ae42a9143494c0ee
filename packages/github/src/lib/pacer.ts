/** A clock that can wait: the wall clock, or a simulated one in tests (no real sleeping). */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The wall clock. */
const systemPacerClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** GitHub's content-creation limit: at most this many content-creating requests a minute and an hour. */
export const CONTENT_CREATION_LIMITS = { perMinute: 80, perHour: 500 } as const;

/** Spaces content-creating requests within a per-minute and a per-hour limit. */
export interface Pacer {
  /** Waits until one more request fits both windows, and counts it. */
  next(): Promise<void>;
  /** Waits `seconds` (a `retry-after` GitHub answered). */
  pause(seconds: number): Promise<void>;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A {@link Pacer} on `clock` (sliding windows of the requests it let through). */
export function createPacer(
  clock: PacerClock = systemPacerClock,
  limits: { perMinute: number; perHour: number } = CONTENT_CREATION_LIMITS,
): Pacer {
  let sent: number[] = [];
  return {
    async next() {
      for (;;) {
        const now = clock.now();
        sent = sent.filter((time) => now - time < HOUR);
        const lastMinute = sent.filter((time) => now - time < MINUTE);
        let freeAt = now;
        if (lastMinute.length >= limits.perMinute) freeAt = (lastMinute[0] ?? now) + MINUTE;
        if (sent.length >= limits.perHour) freeAt = Math.max(freeAt, (sent[0] ?? now) + HOUR);
        if (freeAt <= now) break;
        await clock.sleep(freeAt - now);
      }
      sent.push(clock.now());
    },
    pause: (seconds) => clock.sleep(seconds * 1000),
  };
}
