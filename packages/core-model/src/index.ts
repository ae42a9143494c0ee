export * from './lib/category.ts';
export * from './lib/issues.ts';
export * from './lib/job.ts';
export * from './lib/manifest.ts';
export * from './lib/site.ts';
export * from './lib/snapshot.ts';
export * from './lib/text.ts';
