export * from './lib/api.ts';
export * from './lib/pacer.ts';
export * from './lib/provision.ts';
