import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMPLATE_FILTERS } from '@joblist/markdown-writer';
import { generateSampleJobs, SAMPLE_AS_OF } from '@joblist/sources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const { categories } = await loadRepoProject();

/** A third template, another brand's wording, written as files only: no code changes. */
const ORBIT_README = `# {{role | title}} roles — Orbit Careers, {{year}}

_Refreshed {{updated}}; {{stats.jobs}} openings, {{stats.remotePercent}}% remote._

{{table}}

{{#stats.skills}}
In demand: {{stats.skills}}.
{{/stats.skills}}

More lists from Orbit:
{{#related}}
* [{{name}}]({{url}})
{{/related}}
{{! The brand link keeps the site's UTM parameters. }}
Powered by [Orbit]({{brand.url}}).
`;
const ORBIT_ARCHIVE = `# Orbit archive: {{role | lower}}, {{day}}

{{table}}
`;

let project: TempProject;
const at = (...parts: string[]) => join(project.dir, ...parts);
/** `joblist build --all` from the test snapshot, with `extra` options. */
const buildAll = (...extra: string[]) =>
  project.run(['build', '--all', '--snapshot', 'snapshot.json', ...extra]);

/** Writes a template folder under the project. */
async function writeTemplate(name: string, files: Record<string, string>): Promise<void> {
  await mkdir(at(name), { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(at(name, file), content);
}

beforeAll(async () => {
  project = await createTempProject('templates');
  const jobs = generateSampleJobs(categories);
  await writeFile(
    at('snapshot.json'),
    JSON.stringify({ version: 1, updatedAt: SAMPLE_AS_OF, jobs, sources: [] }),
  );
  await writeTemplate('orbit', { 'README.md': ORBIT_README, 'archive.md': ORBIT_ARCHIVE });
});
afterAll(() => project.remove());

describe('a template written by a maintainer', () => {
  it('builds every category with another brand, from files only', async () => {
    const built = await buildAll('--template', 'orbit', '--out', 'orbit-out');
    expect(built.code, built.stderr).toBe(0);
    for (const category of categories) {
      const readme = await readFile(at('orbit-out', category.repo, 'README.md'), 'utf8');
      const title = TEMPLATE_FILTERS.title?.(category.role);
      expect(
        readme.startsWith(`# ${title} roles — Orbit Careers, 2026\n\n_Refreshed Nov 27, 2026 at 20:30 UTC; `),
      ).toBe(true);
      const shown = Number(/; (\d+) openings/u.exec(readme)?.[1]);
      expect(shown).toBeGreaterThanOrEqual(10);
      expect(readme.split('\n').filter((line) => line.startsWith('| **'))).toHaveLength(shown);
      expect(readme).toContain('In demand: ');
      for (const other of categories.filter((each) => each.id !== category.id))
        expect(readme).toContain(
          `* [${other.repo.replaceAll('-', ' ')}](https://github.com/jobs-jobr-pro/${other.repo})\n`,
        );
      expect(readme).toContain(
        `Powered by [Orbit](https://jobr.pro?utm_source=github&utm_medium=repo&utm_campaign=${category.utmCampaign}).`,
      );
      expect(readme).not.toContain('{{');
      const archive = await readFile(at('orbit-out', category.repo, 'archive', '2026-11-27.md'), 'utf8');
      expect(
        archive.startsWith(`# Orbit archive: ${category.role.toLowerCase()}, 2026-11-27\n\n| Company |`),
      ).toBe(true);
    }
  });

  it('is chosen by the site config as well, with the same bytes', async () => {
    const config = await readFile(at('joblist.config.ts'), 'utf8');
    await writeFile(
      at('joblist.config.ts'),
      config.replace('categories: [', "template: 'orbit',\n  categories: ["),
    );
    try {
      const built = await buildAll('--out', 'config-out');
      expect(built.code, built.stderr).toBe(0);
      for (const category of categories)
        expect(await readFile(at('config-out', category.repo, 'README.md'), 'utf8')).toBe(
          await readFile(at('orbit-out', category.repo, 'README.md'), 'utf8'),
        );
    } finally {
      await writeFile(at('joblist.config.ts'), config);
    }
  });

  it.each([
    [
      'unknown slot',
      { 'README.md': 'x\n\n{{rol}}\n', 'archive.md': '{{table}}' },
      'README.md:3: unknown slot "rol" (did you mean "role"?)',
    ],
    [
      'unclosed block',
      { 'README.md': '{{table}}\n{{#related}}\n- x\n', 'archive.md': '{{table}}' },
      'README.md:2: block "related" is never closed',
    ],
    [
      'missing file',
      { 'README.md': '{{table}}' },
      'archive.md: missing (a template folder holds README.md and archive.md)',
    ],
    [
      'bad setting',
      { 'README.md': '{{table}}', 'archive.md': '{{table}}', 'template.json': '{ "emptyLocaton": "-" }' },
      'template.json: emptyLocaton: unknown key; did you mean "emptyLocation"?',
    ],
  ])('a %s is one line naming the file, line and slot; nothing is written', async (name, files, message) => {
    const folder = `broken-${name.replace(' ', '-')}`;
    await writeTemplate(folder, files);
    const built = await buildAll('--template', folder, '--out', 'broken-out');
    expect(built.code).toBe(1);
    const lines = built.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${join(project.dir, folder)}/${message}`);
    expect(existsSync(at('broken-out'))).toBe(false);
    await rm(at(folder), { recursive: true });
  });

  it('refuses a template name that is neither built in nor a folder', async () => {
    const built = await buildAll('--template', 'jobr-2027');
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(
      'template "jobr-2027": not a built-in template (jobr-2025, jobr-2026) and no folder at',
    );
  });
});
