import type { SnapshotJob } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { loadTemplate, type RenderInput, renderFiles } from '../src/index.ts';
import {
  cmarkAvailable,
  cmarkDescendants,
  cmarkMissingMessage,
  cmarkParse,
  cmarkText,
} from './_helpers/cmark.ts';
import { fixtureInput, JOBS } from './_helpers/history-input.ts';

const joblist = loadTemplate('joblist', '.');
const readmeOf = (overrides: Partial<RenderInput> = {}) =>
  renderFiles(fixtureInput({ template: joblist, ...overrides }))['README.md'] ?? '';
const readme = readmeOf();

describe('the joblist template', () => {
  it('renders the README it is meant to (golden file)', async () => {
    await expect(readme).toMatchFileSnapshot('./joblist/README.md');
  });

  it('links the page, the feeds and jobs.json on GitHub Pages, and shows the trend chart', () => {
    const pages = 'https://acme-jobs.github.io/Backend-Jobs/';
    for (const link of [pages, `${pages}feed.xml`, `${pages}feed.json`, `${pages}jobs.json`])
      expect(readme).toContain(`](${link})`);
    expect(readme).toContain('over the last 90 days: 14 in all](trend.svg)');
  });

  it('gives the average salary its currency, and no currency when there is none', () => {
    expect(readme).toContain('Avg salary: 55k EUR a year');
    expect(readmeOf({ jobs: [JOBS[2] as SnapshotJob] })).toContain('Avg salary: Not specified  \n');
  });

  it('marks and counts new jobs, lists closed jobs; leaves both out when there are none', () => {
    expect(readme).toContain('🆕 3 new since the last update');
    expect(readme).toContain('- Closed & gone at Omega: closed Nov 02 (gone from its source)');
    expect(readme).toContain('- Dead link at Unknown Company: closed Nov 03 (page gone)');
    const quiet = readmeOf({ jobs: [JOBS[5] as SnapshotJob], closed: [] });
    expect(quiet).not.toContain('🆕');
    expect(quiet).not.toContain('Recently Closed');
  });

  it.skipIf(!cmarkAvailable)('reads on GitHub as one table with salary, visa and age cells', () => {
    const tables = cmarkDescendants(cmarkParse(readme)).filter((node) => node.name === 'table');
    expect(tables).toHaveLength(1);
    const rows = (tables[0]?.children ?? []).map((row) => row.children.map(cmarkText));
    expect(rows).toHaveLength(JOBS.length + 1);
    expect(rows[0]).toEqual(['Company', 'Position', 'Location', 'Type', 'Date', 'Salary', 'Visa', 'Age']);
    expect(rows[1]).toEqual([
      'Company 0',
      '<script>alert(1)</script> Engineer',
      'Berlin',
      'Remote',
      'Nov 03',
      'from 50k EUR/yr',
      'Yes',
      '🆕 0d',
    ]);
    expect(rows.slice(2, 5).map((row) => row.slice(5))).toEqual([
      ['from 51k EUR/yr', 'No', '🆕 1d'],
      ['', 'No', '🆕 2d'],
      ['from 53k EUR/yr', '', '18d'],
    ]);
    expect(rows[12]?.slice(5)).toEqual(['', '', '2mo']);
  });
});

if (!cmarkAvailable) console.warn(cmarkMissingMessage);
