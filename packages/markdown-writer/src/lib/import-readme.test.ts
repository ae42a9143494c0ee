import { JobSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { testCategory, testSite } from '../../test/_helpers/site.ts';
import { importReadme, inferDate } from './import-readme.ts';
import { renderInput } from './input.ts';
import { jobsTableMarkdown } from './table.ts';
import { loadTemplate } from './template/load.ts';

const DEC = 11;
const JAN = 0;

describe('inferDate', () => {
  it('puts Dec 31 in the previous year when the README says Jan 02, 2026', () => {
    expect(inferDate(DEC, 31, new Date('2026-01-02T08:00:00Z')).toISOString()).toBe(
      '2025-12-31T00:00:00.000Z',
    );
  });

  it('puts Jan 01 in the next year when the README says Dec 30, 2025', () => {
    expect(inferDate(JAN, 1, new Date('2025-12-30T20:30:00Z')).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  it('keeps the same year for nearby days and a future-dated row', () => {
    expect(inferDate(10, 3, new Date('2025-11-03T20:30:00Z')).toISOString()).toBe('2025-11-03T00:00:00.000Z');
    expect(inferDate(10, 5, new Date('2025-11-03T20:30:00Z')).toISOString()).toBe('2025-11-05T00:00:00.000Z');
  });
});

const site = testSite;
const category = testCategory;
const utm = '?utm_source=gh&utm_medium=readme&utm_campaign=gh-backend';

describe('importReadme', () => {
  it('keeps the source text of a title the reference system left unescaped (`*HYBRID*`)', () => {
    const readme = [
      '<sub><small>Last updated: Nov 03, 2025 at 20:30 UTC</small></sub>',
      '',
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |',
      `| **[Acme](https://acme.example)** | **[Staff Engineer, Billing Platform *HYBRID*](https://jobs.example/1${utm})** | Berlin | On Site | Nov 03 |`,
      `| **[Acme](https://acme.example)** | **[C\\# \\[Lead\\] dev](https://jobs.example/2${utm})** | Berlin | On Site | Nov 03 |`,
    ].join('\n');
    const [hybrid, escaped] = importReadme(readme, site, category).jobs;
    expect(hybrid?.title).toBe('Staff Engineer, Billing Platform *HYBRID*');
    expect(escaped?.title).toBe('C# [Lead] dev');
    // Written back, the stars are text: escaped, so GitHub shows them instead of emphasis.
    const job = v.parse(JobSchema, hybrid);
    const input = renderInput({ site, category, categories: [category], jobs: [job], builtAt: new Date(0) });
    expect(jobsTableMarkdown(input)).toContain('**[Staff Engineer, Billing Platform \\*HYBRID\\*](');
  });

  it('reads the 2026 format: its dated archive title, `N/A` locations and empty company links', () => {
    const archive = [
      '# Backend Developer Jobs — 2026-07-01',
      '',
      '| Company | Position | Location | Type | Date |',
      '| ------- | -------- | -------- | ---- | ------ |',
      `| **[Stripe]()** | **[Backend Engineer](https://jobs.example/3${utm})** | N/A | On Site | Jun 30 |`,
    ].join('\n');
    const imported = importReadme(archive, site, category);
    expect(imported.publishedAt).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(imported.jobs[0]).toMatchObject({
      company: { name: 'Stripe' },
      location: '',
      workplace: 'onsite',
    });
    expect(imported.jobs[0]?.company).not.toHaveProperty('url');
    // A 2025-format file (or `--template jobr-2025`) keeps `N/A` as the location it says.
    const as2025 = importReadme(archive, site, category, 'archive.md', loadTemplate('jobr-2025', '.'));
    expect(as2025.jobs[0]?.location).toBe('N/A');
  });
});
