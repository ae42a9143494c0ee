import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject, type NewCategoryExample, newCategoryExample } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

let project: TempProject;
let added: NewCategoryExample;
beforeAll(async () => {
  project = await createTempProject('new-category');
  added = await newCategoryExample();
});
afterAll(() => project.remove());

const job = (id: string, title: string) => ({
  id,
  title,
  company: { name: 'Acme' },
  url: `https://acme.example/jobs/${id}`,
  workplace: 'onsite',
  postedAt: '2025-11-03T08:00:00Z',
});

describe('joblist new-category', () => {
  it('adds a category with one command and no code change', async () => {
    const site = await loadRepoProject();
    const created = await project.run(['new-category', added.id, '--role', added.role, '--repo', added.repo]);
    expect(created.code).toBe(0);
    expect(await readdir(join(project.dir, 'categories', added.id))).toEqual([
      'category.config.ts',
      'package.json',
    ]);
    const ids = [...site.categories.map((category) => category.id), added.id];
    expect(await readFile(join(project.dir, 'joblist.config.ts'), 'utf8')).toContain(
      `categories: [${ids.map((id) => `'${id}'`).join(', ')}]`,
    );

    await writeFile(
      join(project.dir, 'snapshot.json'),
      JSON.stringify({
        version: 1,
        updatedAt: '2025-11-03T20:30:00Z',
        jobs: [
          job('1', `Senior ${added.keyword} Engineer`),
          job('2', 'Backend Developer'),
          job('3', `${added.keyword} / SRE Lead`),
        ],
      }),
    );
    const built = await project.run(['build', '--all', '--snapshot', 'snapshot.json', '--out', 'out']);
    expect(built.code).toBe(0);
    const repos = site.categories.map((category) => category.repo);
    expect((await readdir(join(project.dir, 'out'))).sort()).toEqual([...repos, added.repo].sort());
    const readme = await readFile(join(project.dir, 'out', added.repo, 'README.md'), 'utf8');
    expect(readme).toContain(`# ${added.role} Jobs 2025`);
    expect(readme).toContain('**Current Stats:** 2 jobs');
    expect(readme).toContain(`utm_campaign=github-${added.id}-jobs`);
    const repoLink = (repo: string) => `(https://github.com/jobs-jobr-pro/${repo})`;
    const addedLink = `- [${added.repo.replaceAll('-', ' ')}]${repoLink(added.repo)}\n`;
    for (const repo of repos) {
      const related = await readFile(join(project.dir, 'out', repo, 'README.md'), 'utf8');
      expect(related, repo).toContain(addedLink);
      const after = related.slice(related.indexOf(addedLink) + addedLink.length);
      for (const sibling of repos)
        expect(after, `${sibling} after ${added.repo}`).not.toContain(repoLink(sibling));
    }
  });

  it('refuses a duplicate id and a bad id, naming the problem', async () => {
    const duplicate = await project.run([
      'new-category',
      'backend',
      '--role',
      'Backend developer',
      '--repo',
      'X',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('categories/backend: already exists');
    const bad = await project.run(['new-category', 'Dev Ops', '--role', 'x', '--repo', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('id: must be lowercase kebab-case');
  });

  it.each([
    ['..', 'repo: must not be "." or ".."'],
    ['a/b', 'repo: must be a GitHub repository name'],
    ['<img>', 'repo: must be a GitHub repository name'],
  ])('refuses the repository name %j and writes nothing', async (repo, problem) => {
    const site = await readFile(join(project.dir, 'joblist.config.ts'), 'utf8');
    const result = await project.run(['new-category', 'qa', '--role', 'QA engineer', '--repo', repo]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(problem);
    expect(existsSync(join(project.dir, 'categories/qa'))).toBe(false);
    expect(await readFile(join(project.dir, 'joblist.config.ts'), 'utf8')).toBe(site);
  });
});
