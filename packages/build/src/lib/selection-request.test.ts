import { join, resolve } from 'node:path';
import { shardOf } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { loadRepoProject } from '../../../../scripts/test/_helpers/project.ts';
import { selectionRequest } from './selection-request.ts';

const project = await loadRepoProject();
const ids = (request: { categories: Array<{ id: string }> }) => request.categories.map(({ id }) => id);

describe('selectionRequest', () => {
  it("keeps every category's own limit and window, the snapshot's time and the project's link state by default", () => {
    const request = selectionRequest(project, {});
    expect(request.categories).toEqual(project.categories);
    expect(request.builtAt).toBeUndefined();
    expect(request.linkState).toBe(join(project.root, 'data/link-check.json'));
  });

  it('applies a row cap and a window to every category; 0 is no bound', () => {
    const capped = selectionRequest(project, { limit: 3, windowDays: 0 });
    for (const category of capped.categories) {
      expect(category.limit).toBe(3);
      expect(category.windowDays).toBe(Number.POSITIVE_INFINITY);
    }
    expect(selectionRequest(project, { limit: 0 }).categories[0]?.limit).toBe(Number.POSITIVE_INFINITY);
  });

  it('picks one category, or the categories of a shard', () => {
    const [first] = project.categories;
    expect(ids(selectionRequest(project, { category: first?.id }))).toEqual([first?.id]);
    const shard = { index: 1, count: 2 };
    expect(ids(selectionRequest(project, { shard }))).toEqual(
      project.categories.filter(({ id }) => shardOf(id, 2) === 1).map(({ id }) => id),
    );
    expect(() => selectionRequest(project, { category: 'nope' })).toThrow('unknown category "nope"');
  });

  it('takes the build time and a link state file relative to the current folder', () => {
    const builtAt = new Date('2025-11-03T20:30:00Z');
    const request = selectionRequest(project, { builtAt, links: 'links.json' });
    expect(request.builtAt).toBe(builtAt);
    expect(request.linkState).toBe(resolve('links.json'));
  });
});
