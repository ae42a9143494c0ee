import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Category, CategorySchema, type Job, JobSchema, SiteSchema } from '@joblist/core-model';
import { computeStats } from '@joblist/stats';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { renderArchive, renderReadme } from '../src/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const site = v.parse(SiteSchema, {
  brand: {
    name: 'Jobr.pro',
    url: 'https://jobr.pro',
    email: 'hello@jobr.pro',
    tagline: 'you choose the job, we handle the paperwork',
    pitch:
      'Your Human + AI job search platform that helps you find, auto-apply, and track applications effortlessly.',
    summary: 'AI-powered job search platform',
  },
  github: { org: 'jobs-jobr-pro' },
  utm: { source: 'github', medium: 'repo' },
  categories: ['frontend', 'backend'],
});
const categories: Category[] = [
  {
    id: 'frontend',
    role: 'Frontend developer',
    repo: 'Frontend-Development-Jobs',
    utmCampaign: 'github-frontend-jobs',
  },
  {
    id: 'backend',
    role: 'Backend developer',
    repo: 'Backend-Development-Jobs',
    utmCampaign: 'github-backend-jobs',
  },
].map((c) => v.parse(CategorySchema, c));

interface FixtureInput {
  builtAt: string;
  category: string;
  jobs: unknown[];
}

/** Golden cases: `test/fixtures/<case>/input.json` renders to `README.md` and `archive.md` beside it. */
describe.each(['special-characters'])('golden fixture %s', (name) => {
  it('renders the README and archive byte for byte', async () => {
    const input = JSON.parse(await readFile(join(FIXTURES, name, 'input.json'), 'utf8')) as FixtureInput;
    const category = categories.find((c) => c.id === input.category) as Category;
    const jobs: Job[] = v.parse(v.array(JobSchema), input.jobs);
    const renderInput = {
      site,
      category,
      categories,
      jobs,
      stats: computeStats(jobs),
      builtAt: new Date(input.builtAt),
    };
    expect(renderReadme(renderInput)).toBe(await readFile(join(FIXTURES, name, 'README.md'), 'utf8'));
    expect(renderArchive(renderInput)).toBe(await readFile(join(FIXTURES, name, 'archive.md'), 'utf8'));
  });
});
