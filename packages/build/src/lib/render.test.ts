import { describe, expect, it } from 'vitest';
import { backendJob } from '../../../../scripts/test/_helpers/jobs.ts';
import { loadRepoProject } from '../../../../scripts/test/_helpers/project.ts';
import { renderRows } from './render.ts';

const project = await loadRepoProject();
const [category] = project.categories;
if (!category) throw new Error('joblist.config.ts lists no category');
const builtAt = new Date('2025-11-03T20:30:00Z');
const job = { ...backendJob, location: 'Berlin', workplace: 'remote' as const };
const filesOf = (site: typeof project.site, target: typeof category) =>
  Object.keys(renderRows(site, project.categories, target, [job], builtAt).files).sort();

describe('readerFiles', () => {
  it('gives a category its reader files by default, and only the README and archive when off', () => {
    expect(filesOf(project.site, category)).toEqual([
      'README.md',
      'archive/2025-11-03.md',
      'feed.json',
      'feed.xml',
      'index.html',
      'jobs.json',
      'jobs.schema.json',
    ]);
    const off = { ...project.site, readerFiles: false };
    expect(filesOf(off, category)).toEqual(['README.md', 'archive/2025-11-03.md']);
    expect(filesOf(off, { ...category, readerFiles: true })).toHaveLength(7);
    expect(filesOf(project.site, { ...category, readerFiles: false })).toHaveLength(2);
  });
});
