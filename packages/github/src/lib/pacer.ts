/** A clock that can wait: the wall clock, or a simulated one in tests (no real sleeping). */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The wall clock. */
export const systemPacerClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** GitHub's content-creation limit: at most this many content-creating requests a minute and an hour. */
export const CONTENT_CREATION_LIMITS = { perMinute: 80, perHour: 500 } as const;

/** One sliding-window limit: at most `limit` (weight) within any `span` milliseconds. */
export interface WindowLimit {
  span: number;
  limit: number;
}

/** Sliding windows of what was let through, reserved ahead: the earliest time one more fits all of them. */
export interface Windows {
  /** Reserves the earliest time at or after `from` (and after every earlier reservation) where `weight` more fits. */
  reserve(from: number, weight?: number): number;
}

/** {@link Windows} over `limits` (e.g. 80 a minute and 500 an hour). */
export function createWindows(limits: readonly WindowLimit[]): Windows {
  const longest = Math.max(...limits.map(({ span }) => span));
  let entries: Array<{ time: number; weight: number }> = [];
  return {
    reserve(from, weight = 1) {
      // Reservations never go back in time, so the window ending at the slot is the fullest one holding it.
      let slot = Math.max(from, entries.at(-1)?.time ?? from);
      for (let moved = true; moved; ) {
        moved = false;
        for (const { span, limit } of limits) {
          const inside = entries.filter(({ time }) => time > slot - span);
          let used = inside.reduce((sum, entry) => sum + entry.weight, 0);
          for (const entry of inside) {
            if (used + weight <= limit) break;
            used -= entry.weight;
            slot = entry.time + span;
            moved = true;
          }
        }
      }
      entries = entries.filter(({ time }) => time > slot - longest);
      entries.push({ time: slot, weight });
      return slot;
    },
  };
}
