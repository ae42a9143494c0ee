import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { inShard, MAX_SHARDS, ShardSchema, shardCount, shardOf } from './shard.ts';

const ids = Array.from({ length: 1000 }, (_, index) => `category-${index}`);
const sizes = (count: number) => {
  const shards = ids.map((id) => shardOf(id, count));
  return Array.from({ length: count }, (_, index) => shards.filter((shard) => shard === index + 1).length);
};

describe('shardOf', () => {
  it("gives every shard its share of 1,000 categories within a hash's spread: 10 % at N = 4, 25 % at N = 8", () => {
    for (const [count, spread] of [
      [4, 0.1],
      [8, 0.25],
    ] as const) {
      const even = ids.length / count;
      for (const size of sizes(count)) expect(Math.abs(size - even) / even).toBeLessThan(spread);
    }
  });

  it('depends on the id and N alone: adding categories moves none of the others', () => {
    const before = ids.map((id) => shardOf(id, 8));
    const more = [...ids.slice(0, 500), 'new-one', 'another', ...ids.slice(500)];
    const after = more.filter((id) => id.startsWith('category-')).map((id) => shardOf(id, 8));
    expect(after).toEqual(before);
  });

  it('going from N to N + 1 shards moves only categories into the new shard', () => {
    const moved = ids.filter((id) => shardOf(id, 4) !== shardOf(id, 5));
    expect(moved.length).toBeGreaterThan(0);
    for (const id of moved) expect(shardOf(id, 5)).toBe(5);
  });

  it('puts everything in shard 1 of 1, and the shards of N cover each category exactly once', () => {
    expect(new Set(ids.map((id) => shardOf(id, 1)))).toEqual(new Set([1]));
    const items = ids.map((id) => ({ id }));
    const parts = [1, 2, 3].map((index) => inShard(items, { index, count: 3 }));
    expect(
      parts
        .flat()
        .map((item) => item.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(inShard(items, undefined)).toEqual(items);
  });
});

describe('ShardSchema', () => {
  it('reads i/N (1-based) and refuses 0/4, 5/4, 1/257 and text', () => {
    expect(v.parse(ShardSchema, '2/4')).toEqual({ index: 2, count: 4 });
    expect(v.parse(ShardSchema, `${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: 256, count: 256 });
    for (const bad of ['0/4', '5/4', '1/0', '1/257', 'x', '1/4x', '-1/4', ''])
      expect(v.is(ShardSchema, bad), bad).toBe(false);
  });
});

describe('shardCount', () => {
  it('is ceil(categories / per shard), at least 1 and at most 256', () => {
    expect(shardCount(4, 100)).toBe(1);
    expect(shardCount(1000, 100)).toBe(10);
    expect(shardCount(1001, 100)).toBe(11);
    expect(shardCount(100_000, 10)).toBe(256);
  });
});
