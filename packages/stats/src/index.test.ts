import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/stats', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'PERIODS_PER_YEAR',
      'TRENDING_SKILL_COUNT',
      'UNKNOWN_COMPANY',
      'annualSalary',
      'averageSalary',
      'computeStats',
      'formatAverageSalary',
      'trendingSkills',
    ]);
  });
});
