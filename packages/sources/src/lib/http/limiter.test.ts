import { describe, expect, it } from 'vitest';
import { createKeyedLimiter, createLimiter, mapLimited } from './limiter.ts';
import { sleep } from './retry.ts';

/** Runs tasks of 20 ms and reports the most that were in flight at once. */
async function peak(run: (task: () => Promise<void>, index: number) => Promise<void>, count: number) {
  let active = 0;
  let most = 0;
  const task = async () => {
    active++;
    most = Math.max(most, active);
    await sleep(20);
    active--;
  };
  await Promise.all(Array.from({ length: count }, (_, index) => run(task, index)));
  return most;
}

describe('createLimiter', () => {
  it('never runs more than the limit at once and keeps working after a failure', async () => {
    const limiter = createLimiter(3);
    expect(await peak((task) => limiter.run(task), 10)).toBe(3);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'still works')).toBe('still works');
  });

  it('rejects a limit below 1', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

describe('mapLimited', () => {
  it('keeps the order of the input', async () => {
    const slowFirst = async (ms: number, index: number) => {
      await sleep(ms);
      return index;
    };
    expect(await mapLimited([30, 10, 20], 2, slowFirst)).toEqual([0, 1, 2]);
  });
});

describe('createKeyedLimiter', () => {
  it('limits per key and overall', async () => {
    const oneHost = createKeyedLimiter(8, 2);
    expect(await peak((task) => oneHost.run('a.example', task), 6)).toBe(2);
    const manyHosts = createKeyedLimiter(3, 2);
    expect(await peak((task, i) => manyHosts.run(`h${i}`, task), 9)).toBe(3);
  });
});
