import type { ExchangeRates, Salary } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { averageSalary } from './salary.ts';
import { computeStats, formatAverageSalary } from './stats.ts';

const yearly = (amount: number, currency: string): Salary => ({
  min: amount,
  max: amount,
  currency,
  period: 'year',
});

/** ECB-style rates: units per euro. */
const rates: ExchangeRates = {
  base: 'EUR',
  date: '2026-11-27',
  source: 'https://rates.example/eurofxref-daily.xml',
  rates: { USD: 1.25, INR: 100, GBP: 0.8 },
};

/** Full Stack's sample README before the fix: USD and EUR salaries averaged with two INR ones of 2.27M and 2.81M. */
const mixed = [
  yearly(120_000, 'USD'),
  yearly(140_000, 'USD'),
  yearly(80_000, 'EUR'),
  yearly(2_270_000, 'INR'),
  yearly(2_810_000, 'INR'),
  yearly(100_000, 'USD'),
];

describe('averageSalary (class 11: one currency)', () => {
  it('converts every salary into the display currency through the rates base', () => {
    const average = averageSalary(mixed, { currency: 'USD', rates });
    // EUR 80k → USD 100k; INR 2.27M → EUR 22.7k → USD 28.375k; INR 2.81M → USD 35.125k.
    expect(average).toEqual({
      amount: (120_000 + 140_000 + 100_000 + 100_000 + 28_375 + 35_125) / 6,
      currency: 'USD',
      converted: true,
      averaged: 6,
      omitted: 0,
    });
    expect(formatAverageSalary(average?.amount)).toBe('87k');
  });

  it('converts into the base currency and leaves out currencies without a rate', () => {
    expect(
      averageSalary([yearly(80_000, 'EUR'), yearly(100_000, 'USD'), yearly(5, 'XYZ')], {
        currency: 'EUR',
        rates,
      }),
    ).toEqual({
      amount: 80_000,
      currency: 'EUR',
      converted: true,
      averaged: 2,
      omitted: 1,
    });
  });

  it('without rates averages only the most common currency and says which', () => {
    expect(averageSalary(mixed)).toEqual({
      amount: 120_000,
      currency: 'USD',
      converted: false,
      averaged: 3,
      omitted: 3,
    });
    expect(averageSalary(mixed, { currency: 'EUR' })?.currency).toBe('USD');
  });

  it('without rates breaks a tie by the currency seen first', () => {
    expect(averageSalary([yearly(50_000, 'GBP'), yearly(90_000, 'USD')])).toMatchObject({
      amount: 50_000,
      currency: 'GBP',
    });
  });

  it('falls back to the most common currency when the rates do not know the display currency', () => {
    expect(averageSalary(mixed, { currency: 'CHF', rates })).toMatchObject({
      currency: 'USD',
      converted: false,
    });
  });

  it('gives undefined for no salaries', () => {
    expect(averageSalary([])).toBeUndefined();
    expect(averageSalary([yearly(5, 'XYZ')], { rates })).toBeUndefined();
  });
});

describe('computeStats with salary settings', () => {
  it('passes the display currency and rates through', () => {
    const jobs = mixed.map((salary, index) => ({
      id: String(index),
      title: 'Full Stack Developer',
      company: { name: 'Acme' },
      url: `https://acme.example/jobs/${index}`,
      location: '',
      workplace: 'remote' as const,
      postedAt: '2026-11-27T00:00:00Z',
      salary,
    }));
    expect(formatAverageSalary(computeStats(jobs).averageSalary)).toBe('120k');
    expect(computeStats(jobs, { currency: 'GBP', rates }).salaryBasis).toEqual({
      currency: 'GBP',
      converted: true,
      averaged: 6,
      omitted: 0,
    });
  });
});
