import { describe, expect, it } from 'vitest';
import { formatSalary } from './salary-format.ts';

describe('formatSalary', () => {
  it('writes the range, its currency and its period', () => {
    expect(formatSalary({ min: 120_000, max: 150_000, currency: 'USD', period: 'year' })).toBe(
      '120k–150k USD/yr',
    );
    expect(formatSalary({ min: 52_500, max: 52_500, currency: 'EUR', period: 'year' })).toBe('52.5k EUR/yr');
    expect(formatSalary({ min: 45, currency: 'USD', period: 'hour' })).toBe('from 45 USD/hr');
    expect(formatSalary({ max: 4_000, currency: 'PLN', period: 'month' })).toBe('up to 4k PLN/mo');
    expect(formatSalary({ min: 350, max: 350, currency: 'GBP', period: 'day' })).toBe('350 GBP/day');
  });
});
