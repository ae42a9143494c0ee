import type { ExchangeRates, Salary, SalaryPeriod } from '@joblist/core-model';

/**
 * Paid periods in one year: a 52-week year, 5 working days and 40 hours a week
 * (so a day is 1/260 and an hour 1/2080 of a year).
 */
export const PERIODS_PER_YEAR: Readonly<Record<SalaryPeriod, number>> = {
  year: 1,
  month: 12,
  week: 52,
  day: 260,
  hour: 2080,
};

/** The annual amount of a salary range: the midpoint of min and max (or the one given), times periods per year. */
export function annualSalary(salary: Salary): number {
  const { min, max } = salary;
  const amount = min !== undefined && max !== undefined ? (min + max) / 2 : (min ?? max ?? 0);
  return amount * PERIODS_PER_YEAR[salary.period];
}

/** How an average salary was reached, so the build can say which currency it is in. */
export interface SalaryBasis {
  /** The currency of the average. */
  currency: string;
  /** True when salaries in other currencies were converted with exchange rates. */
  converted: boolean;
  /** Salaries averaged. */
  averaged: number;
  /** Salaries left out: another currency, without a rate to convert it. */
  omitted: number;
}

/** A mean annual salary and its basis. */
export interface AverageSalary extends SalaryBasis {
  /** The mean annual amount, in `currency`. */
  amount: number;
}

/** Settings of {@link averageSalary}. */
export interface AverageSalaryOptions {
  /** The display currency salaries are converted into (default `USD`). */
  currency?: string;
  /** Exchange rates (from the snapshot); without them only one currency is averaged. */
  rates?: ExchangeRates;
}

/** Units of `currency` per unit of the rates' base, or `undefined` when the feed has no rate for it. */
function rateOf(rates: ExchangeRates, currency: string): number | undefined {
  return currency === rates.base ? 1 : rates.rates[currency];
}

/** The currency most salaries are in; a tie goes to the currency seen first. */
function mostCommonCurrency(salaries: readonly Salary[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { currency } of salaries) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The mean annual salary ({@link annualSalary}) of `salaries` in one currency. With `rates` that know
 * the display currency, every salary whose currency has a rate is converted into it (through the
 * rates' base) and the rest are left out. Without usable rates, only the salaries in the most common
 * currency are averaged, in that currency. `undefined` when nothing can be averaged.
 */
export function averageSalary(
  salaries: readonly Salary[],
  { currency = 'USD', rates }: AverageSalaryOptions = {},
): AverageSalary | undefined {
  const target = rates && rateOf(rates, currency);
  if (rates && target !== undefined) {
    const converted = salaries.flatMap((salary) => {
      const rate = rateOf(rates, salary.currency);
      return rate === undefined ? [] : [(annualSalary(salary) / rate) * target];
    });
    if (converted.length === 0) return undefined;
    const omitted = salaries.length - converted.length;
    return { amount: mean(converted), currency, converted: true, averaged: converted.length, omitted };
  }
  const common = mostCommonCurrency(salaries);
  if (common === undefined) return undefined;
  const same = salaries.filter((salary) => salary.currency === common).map(annualSalary);
  return {
    amount: mean(same),
    currency: common,
    converted: false,
    averaged: same.length,
    omitted: salaries.length - same.length,
  };
}
