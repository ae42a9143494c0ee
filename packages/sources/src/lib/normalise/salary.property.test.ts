import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

/** How a currency is written and what it means. */
const currencies = [
  { before: '$', after: '', code: 'USD' },
  { before: '€', after: '', code: 'EUR' },
  { before: '£', after: '', code: 'GBP' },
  { before: '', after: ' CAD', code: 'CAD' },
  { before: '$', after: ' AUD', code: 'AUD' },
  { before: 'CHF ', after: '', code: 'CHF' },
  { before: '₹', after: '', code: 'INR' },
] as const;

/** Period cues after an amount and the period they name. */
const periods = [
  { cue: '/hr', period: 'hour' },
  { cue: ' per hour', period: 'hour' },
  { cue: ' an hour', period: 'hour' },
  { cue: '/day', period: 'day' },
  { cue: ' monthly', period: 'month' },
  { cue: ' per month', period: 'month' },
  { cue: ' p.a.', period: 'year' },
  { cue: '/yr', period: 'year' },
] as const;

const labels = ['Salary:', 'Compensation:', 'Pay:', 'Salary range', 'Base pay:'];
const fillers = ['', 'We are hiring. ', 'Remote friendly team.\n', 'Join us! '];

/** Money that is not pay: a scale pay never has, or funding, valuation, price and market words. */
const notPay = [
  (amount: string) => `${amount}M Series B`,
  (amount: string) => `raised ${amount} million`,
  (amount: string) => `a ${amount} billion market`,
  (amount: string) => `${amount} trillion`,
  (amount: string) => `valued at ${amount}bn`,
  (amount: string) => `the report costs ${amount}`,
  (amount: string) => `${amount}k ARR`,
  (amount: string) => `${amount} in funding`,
];

const currency = fc.constantFrom(...currencies);
const period = fc.constantFrom(...periods);
const amount = fc.integer({ min: 10, max: 400 });

describe('parseSalary (property)', () => {
  it('reads labelled thousands in any currency as that currency, yearly', () => {
    fc.assert(
      fc.property(
        currency,
        amount,
        amount,
        fc.constantFrom(...labels),
        fc.constantFrom(...fillers),
        (c, a, b, label, filler) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const description = `${filler}${label} ${c.before}${low}k - ${c.before}${high}k${c.after}`;
          expect(parseSalary({ description })).toEqual({
            min: low * 1000,
            max: high * 1000,
            currency: c.code,
            period: 'year',
          });
        },
      ),
    );
  });

  it('reads a range with a period in prose without scaling it', () => {
    fc.assert(
      fc.property(currency, amount, amount, period, fc.constantFrom(...fillers), (c, a, b, p, filler) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const description = `${filler}${c.before}${low}${p.cue} - ${c.before}${high}${c.after}${p.cue}`;
        const salary = parseSalary({ description });
        if (p.period === 'year' && high < 1000) {
          expect(salary).toBeUndefined();
          return;
        }
        expect(salary).toEqual({ min: low, max: high, currency: c.code, period: p.period });
      }),
    );
  });

  it('never reads money that is not pay as a salary, labelled text around it or not', () => {
    fc.assert(
      fc.property(
        currency,
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...notPay),
        fc.constantFrom(...fillers),
        (c, value, phrase, filler) => {
          const text = `${filler}${phrase(`${c.before}${value}`)}${c.after}`;
          expect(parseSalary({ text })).toBeUndefined();
          expect(parseSalary({ description: text })).toBeUndefined();
        },
      ),
    );
  });

  it('never reads an unlabelled single amount in prose as pay', () => {
    fc.assert(
      fc.property(
        currency,
        fc.integer({ min: 1, max: 500_000 }),
        fc.constantFrom(...fillers),
        (c, value, filler) => {
          expect(
            parseSalary({ description: `${filler}It is ${c.before}${value}${c.after} today.` }),
          ).toBeUndefined();
        },
      ),
    );
  });
});
