import { describe, expect, it } from 'vitest';
import { mapSettled } from './pool.ts';

describe('mapSettled', () => {
  it('bounds concurrency, keeps order and survives failures', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapSettled([1, 2, 3, 4, 5], 2, async (value) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (value === 3) throw new Error('three');
      return value * 10;
    });
    expect(peak).toBe(2);
    expect(results.map((result) => (result.ok ? result.value : (result.error as Error).message))).toEqual([
      10,
      20,
      'three',
      40,
      50,
    ]);
  });
});
