import { describe, expect, it } from 'vitest';
import { SourceError } from '../types.ts';
import { parseJsonBody } from './body.ts';

describe('parseJsonBody', () => {
  it('parses JSON', () => {
    expect(parseJsonBody(' {"jobs":[]} ', 'application/json', 'GET u')).toEqual({ jobs: [] });
  });

  it.each([
    ['', 'application/json', 'empty body'],
    ['<!DOCTYPE html><title>Oops</title>', 'application/json', 'received HTML'],
    ['{"jobs":[]}', 'text/html; charset=utf-8', 'received HTML'],
    ['{"jobs":[{"id":1', 'application/json', 'invalid JSON'],
  ])('rejects %j (%s) with a SourceError', (body, type, reason) => {
    expect(() => parseJsonBody(body, type, 'GET http://x/jobs')).toThrow(SourceError);
    expect(() => parseJsonBody(body, type, 'GET http://x/jobs')).toThrow(
      new RegExp(`^GET http://x/jobs: .*${reason}`, 'u'),
    );
  });
});
