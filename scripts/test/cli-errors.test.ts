import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob } from './_helpers/jobs.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const goodJob = backendJob;

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject('cli-errors');
});
afterAll(() => project.remove());

const writeSnapshot = (name: string, jobs: unknown[]) =>
  writeFile(join(project.dir, name), JSON.stringify({ version: 1, updatedAt: '2025-11-03T20:30:00Z', jobs }));

describe('bad input', () => {
  it('names the snapshot file, the record index and the field, exits non-zero and writes nothing', async () => {
    await writeSnapshot('bad.json', [goodJob, { ...goodJob, id: 'b', url: 'javascript:alert(1)' }]);
    const result = await project.run(['build', '--snapshot', 'bad.json', '--out', 'out-bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.json: invalid (record 1)');
    expect(result.stderr).toContain('jobs.1.url: must be an http(s) URL');
    expect(result.stderr).not.toMatch(/\bat \S+ \(/u);
    expect(existsSync(join(project.dir, 'out-bad'))).toBe(false);
  });

  it('leaves an already built README untouched when the next snapshot is bad', async () => {
    await writeSnapshot('good.json', [goodJob]);
    expect(
      (await project.run(['build', '--category', 'backend', '--snapshot', 'good.json', '--out', 'out'])).code,
    ).toBe(0);
    const readme = join(project.dir, 'out/Backend-Development-Jobs/README.md');
    const before = await readFile(readme, 'utf8');
    await writeFile(
      join(project.dir, 'broken.json'),
      '{"version":1,"updatedAt":"2025-11-03T20:30:00Z","jobs":[',
    );
    const result = await project.run([
      'build',
      '--category',
      'backend',
      '--snapshot',
      'broken.json',
      '--out',
      'out',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.json');
    expect(await readFile(readme, 'utf8')).toBe(before);
  });

  it('names the category config file and field of a bad config', async () => {
    const file = join(project.dir, 'categories/frontend/category.config.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace("utmCampaign: 'github-frontend-jobs'", 'utmCampaign: 42'));
    try {
      const result = await project.run(['build', '--snapshot', 'good.json', '--out', 'out-config']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('categories/frontend/category.config.ts: invalid');
      expect(result.stderr).toContain('utmCampaign: Invalid type: Expected string but received 42');
      expect(existsSync(join(project.dir, 'out-config'))).toBe(false);
    } finally {
      await writeFile(file, original);
    }
  });

  it('names the site config field', async () => {
    const file = join(project.dir, 'joblist.config.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace("email: 'hello@jobr.pro'", "email: 'not-an-email'"));
    try {
      const result = await project.run(['build', '--snapshot', 'good.json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('joblist.config.ts: invalid');
      expect(result.stderr).toContain('brand.email: must be an e-mail address');
    } finally {
      await writeFile(file, original);
    }
  });
});
