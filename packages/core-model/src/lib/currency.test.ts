import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ECB_DAILY_RATES_URL, ExchangeRatesSchema } from './currency.ts';
import { SalarySettingsSchema } from './site.ts';

describe('SalarySettingsSchema', () => {
  it('defaults to USD without rates, and `rates: {}` to the ECB feed', () => {
    expect(v.parse(SalarySettingsSchema, {})).toEqual({ currency: 'USD' });
    expect(v.parse(SalarySettingsSchema, { currency: 'EUR', rates: {} })).toEqual({
      currency: 'EUR',
      rates: { url: ECB_DAILY_RATES_URL },
    });
  });

  it('refuses a currency that is not an ISO code', () => {
    const result = v.safeParse(SalarySettingsSchema, { currency: 'dollars' });
    expect(result.issues?.[0]?.message).toBe('must be an ISO 4217 code such as USD');
  });
});

describe('ExchangeRatesSchema', () => {
  const rates = { base: 'EUR', date: '2026-11-27', source: 'ecb', rates: { USD: 1.05 } };

  it('accepts rates per base unit', () => {
    expect(v.parse(ExchangeRatesSchema, rates)).toEqual(rates);
  });

  it.each([
    ['a zero rate', { ...rates, rates: { USD: 0 } }],
    ['an infinite rate (issue 19, row 8)', { ...rates, rates: { USD: Number.POSITIVE_INFINITY } }],
    ['a lowercase code', { ...rates, rates: { usd: 1.05 } }],
    ['a date with a time', { ...rates, date: '2026-11-27T16:00:00Z' }],
  ])('refuses %s', (_name, input) => {
    expect(v.is(ExchangeRatesSchema, input)).toBe(false);
  });
});
