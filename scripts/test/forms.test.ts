import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formFiles, submissionForms } from '@joblist/submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject, newCategoryExample, REPO_ROOT } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject('forms');
});
afterAll(() => project.remove());

describe('joblist forms', { timeout: 180_000 }, () => {
  it('the committed issue forms are the ones the config gives (run `pnpm joblist forms` when this fails)', async () => {
    const { categories } = await loadRepoProject();
    for (const { path, text } of formFiles(submissionForms(categories)))
      expect(await readFile(join(REPO_ROOT, path), 'utf8'), path).toBe(text);
  });

  it('puts a new category in the category dropdown with no other edit; --check says when forms are stale', async () => {
    expect((await project.run(['forms'])).code).toBe(0);
    expect((await project.run(['forms', '--check'])).code).toBe(0);
    const added = await newCategoryExample();
    expect(
      (await project.run(['new-category', added.id, '--role', added.role, '--repo', added.repo])).code,
    ).toBe(0);
    const stale = await project.run(['forms', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      'stale issue forms (run `joblist forms`): .github/ISSUE_TEMPLATE/add-job.yml',
    );
    expect((await project.run(['forms'])).code).toBe(0);
    for (const form of ['add-job', 'correct-job']) {
      const text = await readFile(join(project.dir, '.github/ISSUE_TEMPLATE', `${form}.yml`), 'utf8');
      expect(text).toContain(`        - ${added.role}\n`);
    }
  });
});
