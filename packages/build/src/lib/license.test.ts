import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backendJob } from '../../../../scripts/test/_helpers/jobs.ts';
import { loadRepoProject } from '../../../../scripts/test/_helpers/project.ts';
import { readSiteLicense } from './license.ts';
import { writeCategoryBuild } from './manifest.ts';
import { renderRows } from './render.ts';

const project = await loadRepoProject();
const [category] = project.categories;
if (!category) throw new Error('joblist.config.ts lists no category');
const builtAt = new Date('2025-11-03T20:30:00Z');
const job = { ...backendJob, location: 'Berlin', workplace: 'remote' as const };
const dir = mkdtempSync(join(tmpdir(), 'joblist-license-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the site license', () => {
  it('is published as LICENSE in every category repository and listed in its manifest', async () => {
    writeFileSync(join(dir, 'DATA-LICENSE.txt'), 'MIT License\n');
    const license = await readSiteLicense(dir, { license: 'DATA-LICENSE.txt' });
    const build = renderRows(project.site, project.categories, category, [job], builtAt, { license });
    expect(build.files.LICENSE).toBe('MIT License\n');
    await writeCategoryBuild(join(dir, 'out'), build, builtAt);
    const manifestFile = join(dir, 'out', category.repo, '.joblist/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Array<{ path: string }> };
    expect(manifest.files.map((file) => file.path)).toContain('LICENSE');
    expect(readFileSync(join(dir, 'out', category.repo, 'LICENSE'), 'utf8')).toBe('MIT License\n');
  });

  it('is not there when the site sets none, and a missing file names the config field', async () => {
    expect(await readSiteLicense(dir, {})).toBeUndefined();
    expect(
      Object.keys(renderRows(project.site, project.categories, category, [job], builtAt).files),
    ).not.toContain('LICENSE');
    await expect(readSiteLicense(dir, { license: 'NOPE' })).rejects.toThrow(
      'joblist.config.ts: license: cannot read "NOPE" (ENOENT)',
    );
  });
});
