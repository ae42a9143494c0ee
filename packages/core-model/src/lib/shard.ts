import { createHash } from 'node:crypto';
import * as v from 'valibot';

/** GitHub Actions runs at most 256 jobs of one matrix: the most shards a run can have. */
export const MAX_SHARDS = 256;

/** One shard of a sharded run: the `index`-th (1-based) of `count`. */
export const ShardSchema = v.pipe(
  v.string(),
  v.regex(/^\d+\/\d+$/u, 'expected i/N, such as 1/4'),
  v.transform((text) => {
    const [index, count] = text.split('/').map(Number) as [number, number];
    return { index, count };
  }),
  v.check(
    ({ count }) => count >= 1 && count <= MAX_SHARDS,
    `N must be a whole number from 1 to ${MAX_SHARDS} (the matrix limit)`,
  ),
  v.check(({ index, count }) => index >= 1 && index <= count, 'i must be a whole number from 1 to N'),
);
/** A parsed shard, `{ index, count }`. */
export type Shard = v.InferOutput<typeof ShardSchema>;

/** The score of `id` on shard `index`: the first 48 bits of sha256(`id`, `index`). */
function score(id: string, index: number): number {
  return createHash('sha256').update(`${id}\0${index}`).digest().readUIntBE(0, 6);
}

/**
 * The shard (1 to `count`) that builds and publishes category `id`: rendezvous hashing, so the answer
 * depends on the id and `count` alone (adding or removing a category moves no other one; going from N to
 * N + 1 shards moves only the categories the new shard wins) and the shards are even within the spread
 * of a uniform hash.
 */
export function shardOf(id: string, count: number): number {
  let best = 1;
  let bestScore = -1;
  for (let index = 1; index <= count; index++) {
    const value = score(id, index);
    if (value > bestScore) [best, bestScore] = [index, value];
  }
  return best;
}

/** The items (categories) of `shard`, in their order; all of them without a shard. */
export function inShard<T extends { id: string }>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard === undefined
    ? [...items]
    : items.filter((item) => shardOf(item.id, shard.count) === shard.index);
}

/** How many shards `categories` categories need at `perShard` each, within {@link MAX_SHARDS}. */
export function shardCount(categories: number, perShard: number): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(categories / perShard)));
}
