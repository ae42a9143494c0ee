import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { endpoint, sourceOptions } from './source-options.ts';

describe('sourceOptions', () => {
  const Schema = sourceOptions('acme', 'https://api.acme.test', { board: v.string() });

  it('fills in the default baseUrl and keeps categories and provider options', () => {
    expect(v.parse(Schema, { type: 'acme', board: 'b', categories: ['backend'] })).toEqual({
      type: 'acme',
      baseUrl: 'https://api.acme.test',
      board: 'b',
      categories: ['backend'],
    });
  });

  it('refuses another type, a non-http baseUrl and misspelt options', () => {
    expect(v.safeParse(Schema, { type: 'other', board: 'b' }).success).toBe(false);
    expect(v.safeParse(Schema, { type: 'acme', board: 'b', baseUrl: 'ftp://x' }).success).toBe(false);
    expect(v.safeParse(Schema, { type: 'acme', boards: 'b' }).success).toBe(false);
  });
});

describe('endpoint', () => {
  it('joins a base with or without a trailing slash', () => {
    expect(endpoint('http://127.0.0.1:8080', '/api')).toBe('http://127.0.0.1:8080/api');
    expect(endpoint('https://mirror.test/remoteok/', '/api')).toBe('https://mirror.test/remoteok/api');
  });
});
