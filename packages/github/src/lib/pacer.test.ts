import { describe, expect, it } from 'vitest';
import { CONTENT_CREATION_LIMITS, createPacer, type PacerClock } from './pacer.ts';

/** A clock whose sleep moves time on at once. */
export function simulatedClock(start = 0): PacerClock & { slept: number[] } {
  let time = start;
  const slept: number[] = [];
  return {
    now: () => time,
    sleep: async (ms) => {
      slept.push(ms);
      time += ms;
    },
    slept,
  };
}

describe('createPacer', () => {
  it('lets 80 requests through a minute and 500 an hour (GitHub’s content-creation limit)', async () => {
    const clock = simulatedClock();
    const pacer = createPacer(clock);
    const times: number[] = [];
    for (let index = 0; index < 501; index++) {
      await pacer.next();
      times.push(clock.now());
    }
    expect(CONTENT_CREATION_LIMITS).toEqual({ perMinute: 80, perHour: 500 });
    expect(times.slice(0, 80).every((time) => time === 0)).toBe(true);
    expect(times[80]).toBe(60_000);
    for (let index = 80; index < times.length; index++) {
      const time = times[index] ?? 0;
      expect(times.filter((other) => other > time - 60_000 && other <= time).length).toBeLessThanOrEqual(80);
      expect(times.filter((other) => other > time - 3_600_000 && other <= time).length).toBeLessThanOrEqual(
        500,
      );
    }
    expect(times[500]).toBe(3_600_000);
  });
});
