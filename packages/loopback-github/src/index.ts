export * from './lib/access.ts';
export * from './lib/clock.ts';
export * from './lib/env.ts';
export * from './lib/git-backend.ts';
export * from './lib/rate-limit.ts';
export * from './lib/schema.ts';
export * from './lib/server.ts';
