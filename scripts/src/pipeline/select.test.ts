import { type Category, CategorySchema, type Job } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { categoryMatcher, selectJobs, utcDaysBefore } from './select.ts';

const category = (overrides: Partial<v.InferInput<typeof CategorySchema>> = {}): Category =>
  v.parse(CategorySchema, {
    id: 'backend',
    role: 'Backend developer',
    repo: 'Backend-Development-Jobs',
    utmCampaign: 'github-backend-jobs',
    match: { include: [/\bback[\s-]?end\b/i], exclude: ['intern'] },
    ...overrides,
  });

const job = (id: string, postedAt: string, title = 'Backend Developer', categories?: string[]): Job => ({
  id,
  title,
  company: { name: 'Acme' },
  url: `https://acme.example/${id}`,
  location: '',
  workplace: 'onsite',
  postedAt,
  ...(categories ? { categories } : {}),
});

const now = new Date('2025-11-03T20:30:00Z');

describe('selectJobs', () => {
  it('keeps jobs 0–7 UTC calendar days old and future-dated ones, newest first', () => {
    const jobs = [
      job('old', '2025-10-26T23:59:59Z'),
      job('edge', '2025-10-27T00:00:00Z'),
      job('future', '2025-11-05T00:00:00Z'),
      job('today', '2025-11-03T23:00:00Z'),
    ];
    expect(selectJobs(jobs, category(), now).map((j) => j.id)).toEqual(['future', 'today', 'edge']);
  });

  it('is stable: ties keep snapshot order', () => {
    const jobs = ['a', 'b', 'c', 'd'].map((id) => job(id, '2025-11-02T00:00:00Z'));
    expect(selectJobs(jobs, category(), now).map((j) => j.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at the limit', () => {
    const jobs = Array.from({ length: 60 }, (_, i) => job(String(i), '2025-11-02T00:00:00Z'));
    expect(selectJobs(jobs, category(), now)).toHaveLength(50);
    expect(selectJobs(jobs, category({ limit: 3 }), now)).toHaveLength(3);
  });

  it('takes explicit membership or a matching title, and honours exclude for titles', () => {
    const belongs = categoryMatcher(category());
    expect(belongs(job('1', '2025-11-02T00:00:00Z', 'Back-End Engineer'))).toBe(true);
    expect(belongs(job('2', '2025-11-02T00:00:00Z', 'Backend Intern'))).toBe(false);
    expect(belongs(job('3', '2025-11-02T00:00:00Z', 'Data Analyst', ['backend']))).toBe(true);
    expect(belongs(job('4', '2025-11-02T00:00:00Z', 'Data Analyst', ['frontend']))).toBe(false);
    const keywords = categoryMatcher(category({ match: { include: ['software engineer'] } }));
    expect(keywords(job('5', '2025-11-02T00:00:00Z', 'Senior SOFTWARE  Engineer, Backend'))).toBe(true);
    expect(keywords(job('6', '2025-11-02T00:00:00Z', 'Software Engineering Manager'))).toBe(false);
  });

  it('counts UTC calendar days, not 24-hour periods', () => {
    expect(utcDaysBefore(new Date('2025-11-02T23:59:00Z'), new Date('2025-11-03T00:01:00Z'))).toBe(1);
    expect(utcDaysBefore(new Date('2025-11-04T00:00:00Z'), now)).toBe(-1);
  });
});
