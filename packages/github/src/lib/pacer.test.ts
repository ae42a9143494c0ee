import { describe, expect, it } from 'vitest';
import { CONTENT_CREATION_LIMITS, createWindows } from './pacer.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;

describe('createWindows', () => {
  it('lets 80 requests through a minute and 500 an hour (GitHub’s content-creation limit), as early as allowed', () => {
    const windows = createWindows([
      { span: MINUTE, limit: CONTENT_CREATION_LIMITS.perMinute },
      { span: HOUR, limit: CONTENT_CREATION_LIMITS.perHour },
    ]);
    const times = Array.from({ length: 1001 }, () => windows.reserve(0));
    expect(CONTENT_CREATION_LIMITS).toEqual({ perMinute: 80, perHour: 500 });
    expect(times.slice(0, 80).every((time) => time === 0)).toBe(true);
    expect(times[80]).toBe(MINUTE);
    for (const time of times) {
      expect(times.filter((other) => other > time - MINUTE && other <= time).length).toBeLessThanOrEqual(80);
      expect(times.filter((other) => other > time - HOUR && other <= time).length).toBeLessThanOrEqual(500);
    }
    expect(times[499]).toBe(6 * MINUTE);
    expect(times[500]).toBe(HOUR);
    expect(times[1000]).toBe(2 * HOUR);
  });

  it('weighs requests: 900 points a minute are 180 writes of 5', () => {
    const windows = createWindows([{ span: MINUTE, limit: 900 }]);
    const times = Array.from({ length: 181 }, () => windows.reserve(0, 5));
    expect(times[179]).toBe(0);
    expect(times[180]).toBe(MINUTE);
  });
});
