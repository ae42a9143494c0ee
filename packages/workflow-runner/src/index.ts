export * from './lib/command-file.ts';
export * from './lib/expression.ts';
export * from './lib/fork.ts';
export * from './lib/hash-files.ts';
export * from './lib/node-version.ts';
export * from './lib/run-job.ts';
export * from './lib/workflow.ts';
