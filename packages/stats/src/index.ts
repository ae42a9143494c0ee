export {
  type AverageSalary,
  type AverageSalaryOptions,
  annualSalary,
  averageSalary,
  PERIODS_PER_YEAR,
  type SalaryBasis,
} from './lib/salary.ts';
export {
  computeStats,
  formatAverageSalary,
  type JobStats,
  TRENDING_SKILL_COUNT,
  trendingSkills,
  UNKNOWN_COMPANY,
} from './lib/stats.ts';
