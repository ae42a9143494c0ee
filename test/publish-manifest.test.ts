import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_OUTPUTS, type CategoryOutput, renderCategory, writeCategoryBuild } from '@joblist/build';
import type { Project } from '@joblist/config';
import { loadProject } from '@joblist/config';
import { publishAll } from '@joblist/publish';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localPublishContext } from '../packages/publish/test/_helpers/publish-context.ts';
import { commitCount, listFiles, makeTempDir, showFile } from './_helpers/git.ts';
import { ROOT, SAMPLE_TIME, sampleWithHostileJobs } from './_helpers/readers.ts';

let project: Project;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  project = await loadProject(join(ROOT, 'joblist.config.ts'));
});
beforeEach(() => {
  temp = makeTempDir('joblist-manifest-');
});
afterEach(() => temp.cleanup());

/** An output publish has never heard of. */
const throwaway: CategoryOutput = (input) => ({ 'extra/throwaway.txt': `${input.jobs.length} rows\n` });

async function build(outputs: readonly CategoryOutput[]) {
  const jobs = sampleWithHostileJobs(project);
  for (const category of project.categories) {
    const files = renderCategory(project.site, project.categories, category, jobs, SAMPLE_TIME, { outputs });
    await writeCategoryBuild(join(temp.dir, 'dist'), files, SAMPLE_TIME);
  }
}

function publish() {
  return publishAll(project.categories, localPublishContext(project, temp.dir, { maxAttempts: 2 }), 2);
}

const bareOf = (repo: string) => join(temp.dir, 'remotes', `${repo}.git`);

describe('publish works from the build manifest', () => {
  it('publishes a new output registered on the build side only, then removes it when the build drops it', async () => {
    await build([...CATEGORY_OUTPUTS, throwaway]);
    expect((await publish()).failed).toBe(0);
    for (const category of project.categories) {
      const bare = bareOf(category.repo);
      expect(listFiles(bare)).toEqual([
        '.joblist/manifest.json',
        'README.md',
        'archive/2026-11-27.md',
        'extra/throwaway.txt',
        'feed.json',
        'feed.xml',
        'index.html',
        'jobs.json',
        'jobs.schema.json',
      ]);
      expect(showFile(bare, 'extra/throwaway.txt').toString()).toMatch(/^\d+ rows\n$/u);
    }
    const again = await publish();
    expect(again.outcomes.map((outcome) => outcome.ok && outcome.result.status)).toEqual(
      project.categories.map(() => 'unchanged'),
    );

    await build(CATEGORY_OUTPUTS);
    expect((await publish()).failed).toBe(0);
    for (const category of project.categories) {
      expect(commitCount(bareOf(category.repo))).toBe(2);
      expect(listFiles(bareOf(category.repo))).not.toContain('extra/throwaway.txt');
      expect(listFiles(bareOf(category.repo))).toContain('archive/2026-11-27.md');
    }
  });

  it('refuses a build whose files no longer match their manifest hashes', async () => {
    await build(CATEGORY_OUTPUTS);
    const [category] = project.categories;
    appendFileSync(join(temp.dir, 'dist', category?.repo ?? '', 'feed.xml'), '<!-- edited -->');
    const summary = await publish();
    expect(summary.failed).toBe(1);
    expect(summary.outcomes.find((outcome) => !outcome.ok)).toMatchObject({
      repo: category?.repo,
      error: expect.stringMatching(
        /feed\.xml: differs from its sha256 in \.joblist\/manifest\.json; rebuild/u,
      ),
    });
  });
});
