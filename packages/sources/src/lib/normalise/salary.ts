import type { Salary } from '@joblist/core-model';
import { currencyCode, parseNumber, periodIn, salaryInText, type TextSalary } from './salary-text.ts';

/** An amount given as a number or a numeric string; `0`, negatives and non-numbers are unknown. */
function amountOf(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? parseNumber(value.trim())
        : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** Rounds to cents, dropping float noise such as `102800.00000000001`. */
const round = (value: number) => Math.round(value * 100) / 100;

/** Below this a yearly amount is not a year's pay (a price, or an hourly rate without its period). */
const MIN_YEARLY = 1000;

/** What a provider sends about pay; every field is optional and read leniently. */
export interface SalaryInput {
  /** Structured lower bound: a number or numeric string; `0` means unknown. */
  min?: unknown;
  /** Structured upper bound. */
  max?: unknown;
  /** ISO code or symbol. */
  currency?: unknown;
  /** A period word: `year`, `per-year-salary`, `1 YEAR`, `hourly`, … */
  period?: unknown;
  /** A salary field or header part (`$120-$130k CAD`, `$14/hr`): its amounts are pay unless they say otherwise. */
  text?: unknown;
  /** Free prose (a description): only a labelled amount (`Salary: …`) or a range with a period is read. */
  description?: unknown;
}

/** The salary the text fields state, the salary field before the prose. */
function fromWords(input: SalaryInput, currency: string | undefined): TextSalary | undefined {
  const field = typeof input.text === 'string' ? salaryInText(input.text, 'field', currency) : undefined;
  if (field) return field;
  return typeof input.description === 'string'
    ? salaryInText(input.description, 'prose', currency)
    : undefined;
}

/**
 * Reads a salary from what a provider sends. Structured `min`/`max` win over text; their currency and
 * period are the stated ones, and when the period is not stated the text's is used (`21`–`24` with
 * `$21/hr-$24/hr` in the description is hourly). Without structured amounts the salary field `text`
 * is read, else the `description` prose (see {@link salaryInText}: currencies on either side, an ISO
 * code winning over `$`, ranges, `k`; `M`, `million`, funding, valuations and prices refused).
 * A stated currency wins over one in the text. Amounts stay in the posting's own currency and period
 * and are multiplied by 1,000 only for a `k` or when the provider states a yearly period for amounts all
 * under 1,000 (`75`–`95` a year → 75,000–95,000). The period defaults to `year`; a yearly salary under
 * 1,000 otherwise is not pay and gives `undefined`, as does a salary without amount or currency.
 */
export function parseSalary(input: SalaryInput): Salary | undefined {
  const statedCurrency = currencyCode(input.currency);
  const statedPeriod = typeof input.period === 'string' ? periodIn(input.period) : undefined;
  let min = amountOf(input.min);
  let max = amountOf(input.max);
  const structured = min !== undefined || max !== undefined;
  const words = fromWords(input, statedCurrency);
  if (!structured) ({ min, max } = words ?? {});
  const currency = statedCurrency ?? words?.currency;
  const period = statedPeriod ?? words?.period ?? 'year';
  if ((min === undefined && max === undefined) || !currency) return undefined;
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const largest = Math.max(min ?? 0, max ?? 0);
  const factor = structured && statedPeriod === 'year' && largest < MIN_YEARLY ? 1000 : 1;
  if (period === 'year' && largest * factor < MIN_YEARLY) return undefined;
  return {
    ...(min !== undefined && { min: round(min * factor) }),
    ...(max !== undefined && { max: round(max * factor) }),
    currency,
    period,
  };
}
