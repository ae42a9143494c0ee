import type { Job } from '@joblist/core-model';
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
      'trend.svg',
    ]);
    const off = { ...project.site, readerFiles: false };
    expect(filesOf(off, category)).toEqual(['README.md', 'archive/2025-11-03.md']);
    expect(filesOf(off, { ...category, readerFiles: true })).toHaveLength(8);
    expect(filesOf(project.site, { ...category, readerFiles: false })).toHaveLength(2);
  });
});

describe('sample', () => {
  const sampleOf = (site: typeof project.site, rows: Job[]) =>
    renderRows(site, project.categories, category, rows, builtAt).sample;
  const realSources = [{ type: 'submissions' }];

  it('marks a build whose site lists the sample source, even with no row (all of them out of the window)', () => {
    expect(sampleOf({ ...project.site, sources: [{ type: 'sample' }, ...realSources] }, [])).toBe(true);
  });

  it('marks a build with a row from the sample source, whatever the site lists now', () => {
    expect(sampleOf({ ...project.site, sources: realSources }, [{ ...job, source: 'sample' }])).toBe(true);
  });

  it('leaves a build of real sources and rows unmarked', () => {
    expect(sampleOf({ ...project.site, sources: realSources }, [job])).toBe(false);
    expect(sampleOf({ ...project.site, sources: realSources }, [])).toBe(false);
  });
});
