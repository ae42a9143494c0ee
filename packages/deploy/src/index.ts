export * from './lib/doctor.ts';
export * from './lib/fork.ts';
export * from './lib/github-checks.ts';
export * from './lib/init.ts';
export * from './lib/local-checks.ts';
export * from './lib/report.ts';
