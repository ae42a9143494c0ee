import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject('new-category');
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
  it('adds a fifth category with one command and no code change', async () => {
    const created = await project.run([
      'new-category',
      'devops',
      '--role',
      'DevOps engineer',
      '--repo',
      'DevOps-Jobs',
    ]);
    expect(created.code).toBe(0);
    expect(await readdir(join(project.dir, 'categories/devops'))).toEqual([
      'category.config.ts',
      'package.json',
    ]);
    expect(await readFile(join(project.dir, 'joblist.config.ts'), 'utf8')).toContain(
      "categories: ['full-stack', 'frontend', 'backend', 'software-engineering', 'devops']",
    );

    await writeFile(
      join(project.dir, 'snapshot.json'),
      JSON.stringify({
        version: 1,
        updatedAt: '2025-11-03T20:30:00Z',
        jobs: [
          job('1', 'Senior DevOps Engineer'),
          job('2', 'Backend Developer'),
          job('3', 'DevOps / SRE Lead'),
        ],
      }),
    );
    const built = await project.run(['build', '--all', '--snapshot', 'snapshot.json', '--out', 'out']);
    expect(built.code).toBe(0);
    expect((await readdir(join(project.dir, 'out'))).sort()).toEqual([
      'Backend-Development-Jobs',
      'DevOps-Jobs',
      'Frontend-Development-Jobs',
      'Full-Stack-Development-Jobs',
      'Software-Engineering-Jobs',
    ]);
    const devops = await readFile(join(project.dir, 'out/DevOps-Jobs/README.md'), 'utf8');
    expect(devops).toContain('# DevOps engineer Jobs 2025');
    expect(devops).toContain('**Current Stats:** 2 jobs');
    expect(devops).toContain('utm_campaign=github-devops-jobs');
    for (const repo of [
      'Backend-Development-Jobs',
      'Frontend-Development-Jobs',
      'Full-Stack-Development-Jobs',
      'Software-Engineering-Jobs',
    ]) {
      const readme = await readFile(join(project.dir, 'out', repo, 'README.md'), 'utf8');
      expect(readme).toMatch(
        /- \[Software Engineering Jobs\]\([^)]+\)\n- \[DevOps Jobs\]\(https:\/\/github\.com\/jobs-jobr-pro\/DevOps-Jobs\)\n|- \[DevOps Jobs\]\(https:\/\/github\.com\/jobs-jobr-pro\/DevOps-Jobs\)\n\n\n\n/u,
      );
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
