export * from './lib/http/client.ts';
export * from './lib/types.ts';
