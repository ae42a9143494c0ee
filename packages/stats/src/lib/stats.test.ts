import type { Job } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { computeStats, formatAverageSalary, UNKNOWN_COMPANY } from './stats.ts';

const job = (overrides: Partial<Job> = {}): Job => ({
  id: 'x',
  title: 'Backend Developer',
  company: { name: 'Acme' },
  url: 'https://acme.example/jobs/1',
  location: 'Berlin',
  workplace: 'onsite',
  postedAt: '2025-11-03T00:00:00Z',
  ...overrides,
});

const many = (count: number, make: (index: number) => Partial<Job>) =>
  Array.from({ length: count }, (_, i) => job(make(i)));

describe('computeStats', () => {
  it('rounds the remote share half up (7 of 40 → 18, 1 of 8 → 13)', () => {
    expect(computeStats(many(40, (i) => ({ workplace: i < 7 ? 'remote' : 'onsite' }))).remotePercent).toBe(
      18,
    );
    expect(computeStats(many(8, (i) => ({ workplace: i < 1 ? 'remote' : 'onsite' }))).remotePercent).toBe(13);
    expect(computeStats(many(8, (i) => ({ workplace: i < 1 ? 'hybrid' : 'onsite' }))).remotePercent).toBe(0);
  });

  it('is 0% remote and Not specified salary with no rows', () => {
    const stats = computeStats([]);
    expect(stats).toMatchObject({ jobs: 0, remotePercent: 0, companies: 0, averageSalary: undefined });
    expect(formatAverageSalary(stats.averageSalary)).toBe('Not specified');
  });

  it('counts distinct company names case-sensitively, without the unknown placeholder', () => {
    const names = ['Acme', 'acme', 'Acme', '', UNKNOWN_COMPANY, 'Globex'];
    expect(computeStats(names.map((name) => job({ company: { name } }))).companies).toBe(3);
  });

  it('averages annualised salaries of the jobs that have one', () => {
    const jobs = [
      job({ salary: { min: 100_000, max: 120_000, currency: 'USD', period: 'year' } }),
      job({ salary: { min: 5_000, currency: 'USD', period: 'month' } }),
      job({ salary: { max: 50, currency: 'USD', period: 'hour' } }),
      job(),
    ];
    const stats = computeStats(jobs);
    expect(stats.averageSalary).toBe((110_000 + 60_000 + 104_000) / 3);
    expect(stats.salaryBasis).toEqual({ currency: 'USD', converted: false, averaged: 3, omitted: 0 });
    expect(formatAverageSalary(stats.averageSalary)).toBe('91k');
    expect(formatAverageSalary(25_500)).toBe('26k');
    expect(formatAverageSalary(25_499)).toBe('25k');
  });

  it('lists the five most frequent skills of the jobs, ties in order of first sight', () => {
    const jobs = [
      job({ skills: ['python', 'postgresql', 'docker'] }),
      job({ skills: ['python', 'nodejs'] }),
      job({ skills: ['nodejs', 'postgresql', 'react'] }),
      job({ skills: ['kubernetes', 'rust'] }),
    ];
    expect(computeStats(jobs).trendingSkills).toEqual(['python', 'postgresql', 'nodejs', 'docker', 'react']);
  });

  it('counts only the skills a job carries: title and description are not read again', () => {
    const jobs = [job({ title: 'Node.js Backend Developer', description: 'We use PostgreSQL.' })];
    expect(computeStats(jobs).trendingSkills).toEqual([]);
  });
});
