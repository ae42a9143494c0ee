export * from './lib/history.ts';
export * from './lib/salary.ts';
export * from './lib/salary-format.ts';
export * from './lib/stats.ts';
