import { CategorySchema, type ClosedJob, SiteSchema, type SnapshotJob } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadTemplate, type RenderInput, renderFiles, renderInput } from '../src/index.ts';
import {
  cmarkAvailable,
  cmarkDescendants,
  cmarkMissingMessage,
  cmarkParse,
  cmarkText,
} from './_helpers/cmark.ts';

const site = v.parse(SiteSchema, {
  brand: {
    name: 'Acme',
    url: 'https://acme.example',
    email: 'jobs@acme.example',
    tagline: 'tag',
    pitch: 'pitch',
    summary: 'sum',
  },
  github: { org: 'Acme-Jobs' },
  utm: { source: 'gh', medium: 'repo' },
  categories: ['backend', 'frontend'],
});
const [backend, frontend] = [
  { id: 'backend', role: 'Backend developer', repo: 'Backend-Jobs', utmCampaign: 'be' },
  { id: 'frontend', role: 'Frontend developer', repo: 'Frontend-Jobs', utmCampaign: 'fe' },
].map((category) => v.parse(CategorySchema, category)) as [
  v.InferOutput<typeof CategorySchema>,
  v.InferOutput<typeof CategorySchema>,
];
const BUILT = new Date('2025-11-03T20:30:00Z');
const LAST = '2025-11-03T20:00:00.000Z';

const jobs: SnapshotJob[] = [
  {
    id: 'x:1',
    title: 'Senior Engineer | *Go*',
    company: { name: 'Beta', url: 'https://beta.example' },
    url: 'https://beta.example/jobs/1',
    location: 'Berlin',
    workplace: 'remote',
    postedAt: '2025-11-02T09:00:00Z',
    salary: { min: 60_000, max: 80_000, currency: 'EUR', period: 'year' },
    visaSponsorship: true,
    firstSeen: LAST,
    lastSeen: LAST,
  },
  {
    id: 'x:2',
    title: 'Platform Engineer',
    company: { name: 'Gamma' },
    url: 'https://gamma.example/2',
    location: 'Remote',
    workplace: 'remote',
    postedAt: '2025-11-01T09:00:00Z',
    salary: { min: 40, currency: 'USD', period: 'hour' },
    visaSponsorship: false,
    firstSeen: '2025-08-20T00:00:00.000Z',
    lastSeen: LAST,
  },
  {
    id: 'x:3',
    title: 'Backend Developer',
    company: { name: '' },
    url: 'https://delta.example/3',
    location: '',
    workplace: 'onsite',
    postedAt: '2025-10-20T09:00:00Z',
  },
];
const closed: ClosedJob[] = [
  {
    id: 'x:9',
    title: 'Old *role*',
    company: { name: 'Epsilon' },
    url: 'https://epsilon.example/9',
    location: 'Paris',
    workplace: 'hybrid',
    postedAt: '2025-10-01T00:00:00Z',
    firstSeen: '2025-10-01T00:00:00.000Z',
    lastSeen: '2025-11-01T00:00:00.000Z',
    closedAt: LAST,
    closedBy: 'link',
  },
];

const input = (overrides: Partial<RenderInput> = {}) =>
  renderInput({
    site,
    category: backend,
    categories: [backend, frontend],
    jobs,
    builtAt: BUILT,
    template: loadTemplate('joblist', '.'),
    closed,
    trend: [3, 0, 4],
    ...overrides,
  });

describe('the joblist template', () => {
  const readme = renderFiles(input())['README.md'] ?? '';

  it('renders the README it is meant to (golden file)', async () => {
    await expect(readme).toMatchFileSnapshot('./joblist/README.md');
  });

  it('links the page, the feeds and jobs.json on GitHub Pages, and shows the trend chart', () => {
    const pages = 'https://acme-jobs.github.io/Backend-Jobs/';
    for (const link of [pages, `${pages}feed.xml`, `${pages}feed.json`, `${pages}jobs.json`])
      expect(readme).toContain(`](${link})`);
    expect(readme).toContain('over the last 90 days: 7 in all](trend.svg)');
  });

  it('gives the average salary its currency, and no currency when there is none', () => {
    expect(readme).toContain('Avg salary: 70k EUR a year');
    const none = renderFiles(input({ jobs: [jobs[2] as SnapshotJob] }))['README.md'];
    expect(none).toContain('Avg salary: Not specified  \n');
  });

  it('marks new jobs, counts them, and lists closed jobs; leaves both out when there are none', () => {
    expect(readme).toContain('🆕 1 new since the last update');
    expect(readme).toContain('- Old \\*role\\* at Epsilon: closed Nov 03 (page gone)');
    const quiet = renderFiles(input({ jobs: [jobs[2] as SnapshotJob], closed: [] }))['README.md'];
    expect(quiet).not.toContain('🆕');
    expect(quiet).not.toContain('Recently Closed');
  });

  it.skipIf(!cmarkAvailable)('reads on GitHub as one table with salary, visa and age cells', () => {
    const tables = cmarkDescendants(cmarkParse(readme)).filter((node) => node.name === 'table');
    expect(tables).toHaveLength(1);
    const rows = cmarkDescendants(tables[0] as never).filter(
      (node) => node.name === 'table_row' || node.name === 'table_header',
    );
    const cells = rows.map((row) => row.children.map(cmarkText));
    expect(cells).toEqual([
      ['Company', 'Position', 'Location', 'Type', 'Date', 'Salary', 'Visa', 'Age'],
      ['Beta', 'Senior Engineer | *Go*', 'Berlin', 'Remote', 'Nov 02', '60k–80k EUR/yr', 'Yes', '🆕 1d'],
      ['Gamma', 'Platform Engineer', 'Remote', 'Remote', 'Nov 01', 'from 40 USD/hr', 'No', '2mo'],
      ['Unknown Company', 'Backend Developer', '', 'On Site', 'Oct 20', '', '', '14d'],
    ]);
  });
});

if (!cmarkAvailable) console.warn(cmarkMissingMessage);
