import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

/** U+FFFE, U+FFFF and two more noncharacters (U+FDD0, U+10FFFF). */
const NONCHARACTERS = '\uFFFE\uFFFF\uFDD0\u{10FFFF}';

describe('noncharacters are removed everywhere (issue 19, row 13)', () => {
  let project: TempProject;
  afterAll(() => project?.remove());

  it('leaves no U+FFFE or U+FFFF in the README, index.html, jobs.json or feed.json', async () => {
    project = await createTempProject('noncharacters');
    const site = await loadRepoProject();
    const [category] = site.categories;
    const job = {
      id: `test:1${NONCHARACTERS}`,
      title: `Backend ${NONCHARACTERS}Engineer`,
      company: { name: `Acme${NONCHARACTERS}` },
      url: 'https://acme.example/jobs/1',
      location: `Berlin${NONCHARACTERS}`,
      workplace: 'remote',
      postedAt: '2026-11-27T10:00:00Z',
      description: `Builds services${NONCHARACTERS}.`,
      skills: [`go${NONCHARACTERS}`],
      categories: [category?.id],
    };
    await writeFile(
      join(project.dir, 'snapshot.json'),
      JSON.stringify({ version: 1, updatedAt: '2026-11-27T20:30:00Z', jobs: [job], sources: [] }),
    );
    const built = await project.run([
      'build',
      '--category',
      category?.id ?? '',
      '--snapshot',
      'snapshot.json',
      '--out',
      'dist',
    ]);
    expect(built.code, built.stderr).toBe(0);
    for (const file of ['README.md', 'index.html', 'jobs.json', 'feed.json', 'feed.xml']) {
      const text = await readFile(join(project.dir, 'dist', category?.repo ?? '', file), 'utf8');
      expect(text, file).toContain('Engineer');
      expect(text, file).not.toMatch(/\p{Noncharacter_Code_Point}/u);
    }
  }, 120_000);
});
