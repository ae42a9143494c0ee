import type { Salary, SalaryPeriod } from '@joblist/core-model';

/** The suffix of each pay period: `/yr`, `/mo`, `/wk`, `/day`, `/hr`. */
const PERIOD_SUFFIX: Readonly<Record<SalaryPeriod, string>> = {
  year: '/yr',
  month: '/mo',
  week: '/wk',
  day: '/day',
  hour: '/hr',
};

/** An amount as a job list shows it: thousands as `k` (`120k`, `52.5k`), smaller amounts as they are (`45`). */
function amount(value: number): string {
  if (value < 1000) return String(Math.round(value * 100) / 100);
  return `${Math.round(value / 100) / 10}k`;
}

/** A salary with its currency and period: `120k–150k USD/yr`, `45 USD/hr`, `from 200k USD/yr`, `up to 90k EUR/yr`. */
export function formatSalary(salary: Salary): string {
  const { min, max } = salary;
  const range =
    min !== undefined && max !== undefined
      ? min === max
        ? amount(min)
        : `${amount(min)}–${amount(max)}`
      : min !== undefined
        ? `from ${amount(min)}`
        : `up to ${amount(max ?? 0)}`;
  return `${range} ${salary.currency}${PERIOD_SUFFIX[salary.period]}`;
}
