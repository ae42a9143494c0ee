import type { Job } from '@joblist/core-model';
import { annualSalary } from './salary.ts';

/** Shown instead of a company name when a job has none; never counted as a company. */
export const UNKNOWN_COMPANY = 'Unknown Company';

/** The figures of the README's stats and skills lines. */
export interface JobStats {
  /** Rows shown. */
  jobs: number;
  /** `Math.round(remote / rows * 100)`, 0 when there are no rows. */
  remotePercent: number;
  /** Distinct company names, case-sensitive, without the unknown placeholder. */
  companies: number;
  /** Mean annual salary of the jobs that have one, or `undefined` when none has. */
  averageSalary: number | undefined;
  /** The most frequent skills, most frequent first (ties: first seen first). */
  trendingSkills: string[];
}

/** How many trending skills the README lists. */
export const TRENDING_SKILL_COUNT = 5;

/** Computes the stats of the rows shown, exactly as the reference system does. */
export function computeStats(jobs: readonly Job[]): JobStats {
  const remote = jobs.filter((job) => job.workplace === 'remote').length;
  const companies = new Set(
    jobs.map((job) => job.company.name).filter((name) => name !== '' && name !== UNKNOWN_COMPANY),
  );
  const salaries = jobs.flatMap((job) => (job.salary ? [annualSalary(job.salary)] : []));
  return {
    jobs: jobs.length,
    remotePercent: jobs.length === 0 ? 0 : Math.round((remote / jobs.length) * 100),
    companies: companies.size,
    averageSalary: salaries.length === 0 ? undefined : salaries.reduce((a, b) => a + b, 0) / salaries.length,
    trendingSkills: trendingSkills(jobs),
  };
}

/**
 * The {@link TRENDING_SKILL_COUNT} most frequent of the jobs' `skills` (each job's skills were
 * extracted and canonicalised once, at fetch, by `@joblist/sources`).
 */
export function trendingSkills(jobs: readonly Job[], count = TRENDING_SKILL_COUNT): string[] {
  const counts = new Map<string, number>();
  for (const job of jobs) {
    for (const skill of new Set(job.skills)) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([skill]) => skill);
}

/** Formats a mean annual salary as the README shows it: `Math.round(x / 1000)` + `k`, or `Not specified`. */
export function formatAverageSalary(average: number | undefined): string {
  return average === undefined ? 'Not specified' : `${Math.round(average / 1000)}k`;
}
