import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Category, type Shard, shardOf } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { categoryPackageFilter, type Project, pickCategories } from './load.ts';

const ids = ['backend', 'frontend', 'devops', 'data', 'mobile'];
const project = { categories: ids.map((id) => ({ id }) as Category) } as Project;
const picked = (id: string | undefined, shard?: Shard) =>
  pickCategories(project, id, shard).map((category) => category.id);

describe('pickCategories', () => {
  it('picks every category, or one by id', () => {
    expect(picked(undefined)).toEqual(ids);
    expect(picked('devops')).toEqual(['devops']);
  });

  it('picks the categories of a shard, in site order', () => {
    const shards = [1, 2, 3].map((index) => picked(undefined, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual([...ids].sort());
    shards.forEach((shard, index) => {
      for (const id of shard) expect(shardOf(id, 3)).toBe(index + 1);
    });
  });

  it('refuses an unknown id, naming the known ones', () => {
    expect(() => picked('nope')).toThrow(
      'unknown category "nope"; known: backend, frontend, devops, data, mobile',
    );
  });
});

describe('categoryPackageFilter', () => {
  it("is Turbo's --filter for the folder of the category's package", () => {
    expect(categoryPackageFilter(join(tmpdir(), 'site'), 'devops')).toBe('--filter=./categories/devops');
  });
});
