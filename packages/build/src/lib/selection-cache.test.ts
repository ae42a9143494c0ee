import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backendJob } from '../../../../scripts/test/_helpers/jobs.ts';
import { loadRepoProject } from '../../../../scripts/test/_helpers/project.ts';
import { renderRows } from './render.ts';
import type { Selection, SelectionRequest } from './selection.ts';
import { selectFromFile, selectionCacheFile } from './selection-cache.ts';

const repo = await loadRepoProject();
const REUSED = 'selection reused: the snapshot, link state and categories are as in the last run';
const jobs = [
  backendJob,
  { ...backendJob, id: 'b', title: 'Senior Backend Engineer', url: 'https://acme.example/jobs/b' },
  { ...backendJob, id: 'c', title: 'Frontend Developer', url: 'https://acme.example/jobs/c' },
];
const snapshotText = (list: readonly object[]) =>
  JSON.stringify({ version: 1, updatedAt: '2025-11-03T20:30:00Z', jobs: list });

let root: string;
let log: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'joblist-selection-cache-'));
  writeFileSync(join(root, 'snapshot.json'), snapshotText(jobs));
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  log.mockRestore();
  rmSync(root, { recursive: true, force: true });
});

const project = () => ({ ...repo, root });
const request = (changes: Partial<SelectionRequest> = {}): SelectionRequest => ({
  categories: repo.categories,
  linkState: join(root, 'links.json'),
  ...changes,
});
const select = (version: string | undefined, changes?: Partial<SelectionRequest>) =>
  selectFromFile(project(), join(root, 'snapshot.json'), request(changes), version);
/** Every category's files rendered from a selection. */
const filesOf = ({ project: { site }, categories, rows, builtAt, rates, histories }: Selection) =>
  categories.map(
    (category) =>
      renderRows(site, repo.categories, category, rows.get(category.id) ?? [], builtAt, {
        rates,
        history: histories.get(category.id),
      }).files,
  );
const reused = () => log.mock.calls.filter(([line]: unknown[]) => line === REUSED).length;

describe('selectFromFile', () => {
  it('reuses its last selection while the snapshot, link state, categories, build time and code are the same', async () => {
    const first = await select('v1');
    expect(reused()).toBe(0);
    expect([...first.rows.values()].flat().map((job) => job.id)).toContain('b');
    const second = await select('v1');
    expect(reused()).toBe(1);
    expect(second.rows).toEqual(first.rows);
    expect(second.histories).toEqual(first.histories);
    expect(second.builtAt).toEqual(first.builtAt);
    // The same bytes rendered from either.
    expect(filesOf(second)).toEqual(filesOf(first));

    // Each input changed on its own is a full selection again.
    writeFileSync(join(root, 'snapshot.json'), snapshotText(jobs.slice(1)));
    const before = await select('v1');
    expect(before.rows).not.toEqual(first.rows);
    const gone = { verdict: 'gone', detail: '404', checkedAt: '2025-11-03T00:00:00Z' };
    writeFileSync(
      join(root, 'links.json'),
      JSON.stringify({ version: 1, links: { 'https://acme.example/jobs/b': gone } }),
    );
    expect((await select('v1')).rows).not.toEqual(before.rows);
    const narrower = repo.categories.map((category) => ({ ...category, limit: 1 }));
    await select('v1', { categories: narrower });
    await select('v1', { categories: narrower, builtAt: new Date('2025-11-04T00:00:00Z') });
    await select('v2', { categories: narrower, builtAt: new Date('2025-11-04T00:00:00Z') });
    expect(reused()).toBe(1);
    await select('v2', { categories: narrower, builtAt: new Date('2025-11-04T00:00:00Z') });
    expect(reused()).toBe(2);
  });

  it('caches nothing without a code version, and selects afresh from a damaged cache', async () => {
    await select(undefined);
    expect(existsSync(selectionCacheFile(root))).toBe(false);
    const first = await select('v1');
    writeFileSync(selectionCacheFile(root), '{ not json');
    expect((await select('v1')).rows).toEqual(first.rows);
    await select('v1');
    expect(reused()).toBe(1);
    // A cache whose key matches but whose job fails the schema is not trusted.
    const text = readFileSync(selectionCacheFile(root), 'utf8');
    expect(text).toContain('"https://acme.example/jobs/a"');
    writeFileSync(selectionCacheFile(root), text.replace('"https://acme.example/jobs/a"', '"not a url"'));
    expect((await select('v1')).rows).toEqual(first.rows);
    expect(reused()).toBe(1);
  });
});
