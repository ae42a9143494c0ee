export * from './lib/salary.ts';
export * from './lib/stats.ts';
