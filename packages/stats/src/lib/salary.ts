import type { Salary, SalaryPeriod } from '@joblist/core-model';

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
