import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Category, CategorySchema } from './category.ts';
import type { Job } from './job.ts';
import { categoryMatcher, selectAll, selectJobs, utcDaysBefore } from './select.ts';

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
    expect(keywords(job('7', '2025-11-02T00:00:00Z', 'Ingénieur – Software\tEngineer'))).toBe(true);
    expect(keywords(job('8', '2025-11-02T00:00:00Z', 'Software-Engineer'))).toBe(false);
    const accented = categoryMatcher(category({ match: { include: ['développeur'] } }));
    expect(accented(job('9', '2025-11-02T00:00:00Z', 'DÉVELOPPEUR backend'))).toBe(true);
  });

  it('counts UTC calendar days, not 24-hour periods', () => {
    expect(utcDaysBefore(new Date('2025-11-02T23:59:00Z'), new Date('2025-11-03T00:01:00Z'))).toBe(1);
    expect(utcDaysBefore(new Date('2025-11-04T00:00:00Z'), now)).toBe(-1);
  });
});

describe('selectAll', () => {
  const frontend = category({
    id: 'frontend',
    repo: 'Frontend-Development-Jobs',
    match: { include: ['frontend', /\breact\b/giu], exclude: [] },
    windowDays: 1,
    limit: 2,
  });
  const jobs = [
    job('a', '2025-11-03T10:00:00Z', 'Backend Developer'),
    job('b', '2025-11-01T10:00:00Z', 'Frontend Developer'),
    job('c', '2025-11-03T09:00:00Z', 'React Developer'),
    job('d', '2025-11-03T09:00:00Z', 'React Developer'),
    job('e', '2025-11-03T11:00:00Z', 'React Developer'),
    job('f', '2025-11-02T00:00:00Z', 'Data Analyst', ['frontend', 'backend']),
    job('g', '2025-11-03T12:00:00Z', 'Backend Intern'),
  ];

  it('gives each category the rows selectJobs gives it alone', () => {
    const rows = selectAll(jobs, [category(), frontend], now);
    expect(rows.get('backend')?.map((j) => j.id)).toEqual(['a', 'f']);
    expect(rows.get('frontend')?.map((j) => j.id)).toEqual(['e', 'c']);
    for (const each of [category(), frontend]) expect(rows.get(each.id)).toEqual(selectJobs(jobs, each, now));
  });

  it('tests a global RegExp from the start of every title', () => {
    const rows = selectAll(jobs, [{ ...frontend, limit: 10 }], now);
    expect(rows.get('frontend')?.map((j) => j.id)).toEqual(['e', 'c', 'd', 'f']);
  });

  it('takes a job once per category, however often it lists the category or matches it', () => {
    const listed = [job('x', '2025-11-03T10:00:00Z', 'Backend Developer', ['backend', 'backend'])];
    expect(
      selectAll(listed, [category()], now)
        .get('backend')
        ?.map((j) => j.id),
    ).toEqual(['x']);
  });
});

describe('keywords', () => {
  it('match as whole words in any case, as the RegExp of the keyword does', () => {
    const word = fc.stringMatching(/^[a-c0-9+#.-]{1,4}$/u);
    const title = fc
      .array(fc.oneof(word, fc.constantFrom(' ', '/', '(', ')', ', ', 'é', 'Ä')), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(word, title, fc.boolean(), (keyword, text, upper) => {
        const shown = upper ? text.toUpperCase() : text;
        const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        const reference = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
        const belongs = categoryMatcher(category({ match: { include: [keyword], exclude: [] } }));
        expect(belongs(job('k', '2025-11-03T10:00:00Z', shown))).toBe(reference.test(shown));
      }),
      { numRuns: 3000 },
    );
  });
});
