import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inShard, shardCount } from '@joblist/core-model';
import { PUBLISH_WORKFLOW_FILE, publishWorkflow } from '@joblist/deploy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject, newCategoryExample, REPO_ROOT } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const NOW = '2026-11-27T20:30:00Z';
let project: TempProject;
beforeAll(async () => {
  project = await createTempProject('shard');
  expect((await project.run(['fetch', '--now', NOW])).code).toBe(0);
}, 60_000);
afterAll(() => project.remove());

describe('--shard i/N', { timeout: 180_000 }, () => {
  it('is refused before anything runs (exit 2) unless 1 ≤ i ≤ N ≤ 256', async () => {
    for (const command of [['split'], ['build', '--all'], ['publish', '--all'], ['shard']])
      for (const shard of ['0/4', '5/4', 'x', '1/257']) {
        const result = await project.run([...command, '--shard', shard]);
        expect(result.code, `${command.join(' ')} --shard ${shard}`).toBe(2);
        expect(result.stderr).toContain(`--shard: `);
        expect(result.stderr).toContain(`received "${shard}"`);
      }
  });

  it("split writes the slices of the shard's categories only; shard lists them and their Turbo filters", async () => {
    const { categories } = await loadRepoProject();
    const mine = inShard(categories, { index: 1, count: 2 }).map((category) => category.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(categories.length);
    // A developer's earlier `pnpm build` leaves every category's slice in the checkout this project copies.
    for (const { id } of categories)
      rmSync(join(project.dir, 'categories', id, '.slice.json'), { force: true });
    expect((await project.run(['split', '--shard', '1/2'])).code).toBe(0);
    for (const { id } of categories)
      expect(existsSync(join(project.dir, 'categories', id, '.slice.json')), id).toBe(mine.includes(id));
    expect((await project.run(['shard', '--shard', '1/2'])).stdout.trim().split('\n')).toEqual(mine);
    expect((await project.run(['shard', '--shard', '1/2', '--filters'])).stdout.trim().split('\n')).toEqual(
      mine.map((id) => `--filter=./categories/${id}`),
    );
    const both = await project.run(['split', '--shard', '1/2', '--category', mine[0] ?? '']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('pass either --category <id> or --shard i/N, not both');
  });

  it('build --all and publish --shard touch only the shard’s repositories', async () => {
    const { categories } = await loadRepoProject();
    const mine = inShard(categories, { index: 2, count: 2 });
    expect((await project.run(['build', '--all', '--shard', '2/2', '--out', 'out/shard'])).code).toBe(0);
    const published = await project.run(['publish', '--shard', '2/2', '--from', 'out/shard', '--json']);
    expect(published.code).toBe(0);
    const { repositories } = JSON.parse(published.stdout) as { repositories: Array<{ repo: string }> };
    expect(repositories.map((entry) => entry.repo).sort()).toEqual(
      mine.map((category) => category.repo).sort(),
    );
  });
});

describe('joblist workflow', { timeout: 180_000 }, () => {
  it('the committed publish.yml is the one the config gives (run `pnpm joblist workflow` when this fails)', async () => {
    const { categories, site } = await loadRepoProject();
    expect(await readFile(join(REPO_ROOT, PUBLISH_WORKFLOW_FILE), 'utf8')).toBe(
      publishWorkflow(shardCount(categories.length, site.publish.shardSize)),
    );
  });

  it('writes the workflow; --check fails once a new category asks for one more shard', async () => {
    expect((await project.run(['workflow', '--check'])).code).toBe(1);
    const written = await project.run(['workflow']);
    expect(written.stdout).toContain(`wrote ${PUBLISH_WORKFLOW_FILE} (2 shards)`);
    expect((await project.run(['workflow', '--check'])).code).toBe(0);
    const added = await newCategoryExample();
    expect(
      (await project.run(['new-category', added.id, '--role', added.role, '--repo', added.repo])).code,
    ).toBe(0);
    const stale = await project.run(['workflow', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`${PUBLISH_WORKFLOW_FILE} is stale (run \`joblist workflow\`)`);
    expect((await project.run(['workflow'])).code).toBe(0);
    const text = await readFile(join(project.dir, PUBLISH_WORKFLOW_FILE), 'utf8');
    expect(text).toContain('        shard: [1, 2, 3]\n');
    expect((await project.run(['workflow', '--check'])).code).toBe(0);
  });
});
