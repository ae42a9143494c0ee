import type { SalaryPeriod } from '@joblist/core-model';
import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

/** The salary a test expects: a range in one currency, yearly unless a period is given. */
const pay = (currency: string, min: number, max: number, period: SalaryPeriod = 'year') => ({
  min,
  max,
  currency,
  period,
});

describe('parseSalary from structured fields', () => {
  it('reads numbers with a stated currency and period', () => {
    expect(parseSalary({ min: 150000, max: 180000, currency: 'USD', period: 'per-year-salary' })).toEqual({
      min: 150000,
      max: 180000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('reads numeric strings and lowercase codes', () => {
    expect(parseSalary({ min: '60000', max: '75000', currency: 'eur', period: 'year' })).toEqual({
      min: 60000,
      max: 75000,
      currency: 'EUR',
      period: 'year',
    });
  });

  it.each([
    ['hourly', 'hour'],
    ['1 HOUR', 'hour'],
    ['per-month-salary', 'month'],
    ['MONTH', 'month'],
    ['weekly', 'week'],
    ['daily', 'day'],
    ['annual', 'year'],
    ['1 YEAR', 'year'],
    [undefined, 'year'],
    ['whenever', 'year'],
  ])('maps the period %s to %s', (period, expected) => {
    expect(parseSalary({ min: 5000, currency: 'USD', period })?.period).toBe(expected);
  });

  it('treats 0 as unknown', () => {
    expect(parseSalary({ min: 0, max: 0, currency: 'USD' })).toBeUndefined();
    expect(parseSalary({ min: 0, max: 90000, currency: 'USD' })).toEqual({
      max: 90000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('swaps a reversed range', () => {
    expect(parseSalary({ min: 90, max: 60, currency: 'GBP', period: 'hour' })).toEqual({
      min: 60,
      max: 90,
      currency: 'GBP',
      period: 'hour',
    });
  });

  it('reads a yearly range entered in thousands as thousands', () => {
    expect(parseSalary({ min: '75.00', max: '95.00', currency: 'USD', period: 'year' })).toEqual({
      min: 75000,
      max: 95000,
      currency: 'USD',
      period: 'year',
    });
  });

  it('maps a currency symbol', () => {
    expect(parseSalary({ min: 50000, currency: '€' })?.currency).toBe('EUR');
  });

  it.each([
    ['no currency', { min: 50000 }],
    ['an unknown currency', { min: 50000, currency: 'dollars-ish' }],
    ['nulls', { min: null, max: null, currency: null, period: null }],
    ['a negative amount', { min: -5, currency: 'USD' }],
    ['a non-numeric string', { min: 'competitive', currency: 'USD' }],
  ])('gives undefined for %s', (_name, input) => {
    expect(parseSalary(input)).toBeUndefined();
  });
});

describe('parseSalary from free text', () => {
  it.each([
    ['$31,2k- $52k', { min: 31200, max: 52000, currency: 'USD', period: 'year' }],
    ['$14/hr', { min: 14, max: 14, currency: 'USD', period: 'hour' }],
    ['$18 - $22/hr', { min: 18, max: 22, currency: 'USD', period: 'hour' }],
    ['$45,000 - $50,000', { min: 45000, max: 50000, currency: 'USD', period: 'year' }],
    ['€50.000 - €60.000 per year', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['USD 120k', { min: 120000, max: 120000, currency: 'USD', period: 'year' }],
    ['CA$102.8K – CA$137K', { min: 102800, max: 137000, currency: 'CAD', period: 'year' }],
    ['$120-150k', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['50 000 - 60 000 EUR brutto im Jahr', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['£3,500 per month', { min: 3500, max: 3500, currency: 'GBP', period: 'month' }],
    ['1.234,56 € / Monat', { min: 1234.56, max: 1234.56, currency: 'EUR', period: 'month' }],
    ['Up to $90k a year', { max: 90000, currency: 'USD', period: 'year' }],
    ['From €4,000 monthly', { min: 4000, currency: 'EUR', period: 'month' }],
    ['$100k+', { min: 100000, currency: 'USD', period: 'year' }],
    ['5+ years of experience, $100k to $120k', { min: 100000, max: 120000, currency: 'USD', period: 'year' }],
    ['$60 and $80 an hour', { min: 60, max: 80, currency: 'USD', period: 'hour' }],
  ])('reads %s', (text, expected) => {
    expect(parseSalary({ text })).toEqual(expected);
  });

  it('lets a stated currency win over a symbol in the text', () => {
    expect(parseSalary({ text: '$90k - $110k', currency: 'CAD' })?.currency).toBe('CAD');
  });

  it('reads bare numbers when the currency is stated', () => {
    expect(parseSalary({ text: '70000 - 80000', currency: 'EUR' })).toEqual({
      min: 70000,
      max: 80000,
      currency: 'EUR',
      period: 'year',
    });
  });

  it('prefers structured amounts over text', () => {
    expect(parseSalary({ min: 1000, max: 2000, currency: 'USD', period: 'month', text: '$5/hr' })).toEqual({
      min: 1000,
      max: 2000,
      currency: 'USD',
      period: 'month',
    });
  });

  it.each([
    ['an empty string', ''],
    ['no amount', 'Competitive salary'],
    ['numbers without any currency', '5+ years of experience, 40 hours a week'],
    ['a non-string', 42],
  ])('gives undefined for %s', (_name, text) => {
    expect(parseSalary({ text })).toBeUndefined();
  });
});

describe('parseSalary: small amounts are not thousands a year (class 2)', () => {
  it('takes the period from the text when the structured salary has none', () => {
    const remoteOk = { min: 21, max: 24, currency: 'USD', description: 'Pay is $21/hr-$24/hr.' };
    expect(parseSalary(remoteOk)).toEqual(pay('USD', 21, 24, 'hour'));
  });

  it('keeps a stated structured period over the text', () => {
    expect(parseSalary({ min: 4000, currency: 'EUR', period: 'month', text: '$21/hr' })?.period).toBe(
      'month',
    );
  });

  it.each([
    ['the price of a report in a header part', { text: '$350' }],
    ['a structured amount without a period', { min: 21, max: 24, currency: 'USD' }],
    ['a bare range without k or period', { text: '$40-$50' }],
  ])('gives undefined for %s', (_name, input) => {
    expect(parseSalary(input)).toBeUndefined();
  });
});

describe('parseSalary: money that is not pay (class 3)', () => {
  it.each([
    ['$300M Series E'],
    ['$1.6 trillion'],
    ['We raised $40 million from investors'],
    ['€2bn market'],
    ['$5B valuation'],
    ['a $12M ARR business'],
  ])('refuses %s', (text) => {
    expect(parseSalary({ text })).toBeUndefined();
    expect(parseSalary({ description: text })).toBeUndefined();
  });

  it('skips funding and reads the salary after it', () => {
    expect(
      parseSalary({ description: 'We just closed a $300M Series E. Salary: $150k-$180k plus equity.' }),
    ).toEqual({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
  });

  it('reads prose amounts only in pay context', () => {
    expect(parseSalary({ description: 'Our customers saved $120k last year.' })).toBeUndefined();
    expect(parseSalary({ description: 'Compensation: $140k - $170k + equity' })).toMatchObject({
      min: 140000,
      max: 170000,
    });
    expect(parseSalary({ description: 'Rates from $60 to $80 an hour.' })).toMatchObject({
      min: 60,
      max: 80,
      period: 'hour',
    });
  });
});

describe('parseSalary: currencies on either side, periods and scales (classes 1, 2)', () => {
  it.each([
    ['Salary: $120-$130k CAD', pay('CAD', 120_000, 130_000)],
    ['CAD $120k - $130k', pay('CAD', 120_000, 130_000)],
    ['$95k-$110k AUD', pay('AUD', 95_000, 110_000)],
    ['90 000 - 100 000 SEK', pay('SEK', 90_000, 100_000)],
    ['€4.500 - €5.000 EUR monthly', pay('EUR', 4500, 5000, 'month')],
    ['$21/hr-$24/hr', pay('USD', 21, 24, 'hour')],
    ['$45 per hour', pay('USD', 45, 45, 'hour')],
    ['€600 a day', pay('EUR', 600, 600, 'day')],
    ['£70k p.a.', pay('GBP', 70_000, 70_000)],
    ['$150k/yr', pay('USD', 150_000, 150_000)],
    ['₹30L - ₹45L', pay('INR', 3_000_000, 4_500_000)],
    ['INR 12-18 LPA', pay('INR', 1_200_000, 1_800_000)],
  ])('reads %s, scaled only by its own k or L', (text, expected) => {
    expect(parseSalary({ text })).toEqual(expected);
  });
});
