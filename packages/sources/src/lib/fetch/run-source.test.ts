import type { JobInput } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SourceGuardsSchema } from '../adapter/source-options.ts';
import { createHttpClient } from '../http/client.ts';
import { type SourceAdapter, SourceError, type SourceResult } from '../types.ts';
import type { PlannedSource } from './plan-sources.ts';
import { runSource } from './run-source.ts';

const plan = (fetch: () => Promise<SourceResult>): PlannedSource => {
  const adapter: SourceAdapter = { type: 't', options: v.unknown(), id: () => 't', fetch };
  return { index: 0, id: 't', adapter, options: {}, categories: [], guards: v.parse(SourceGuardsSchema, {}) };
};
const context = { http: createHttpClient(), cwd: '.' };
const badJob = { id: '1', title: '', url: 'x' } as unknown as JobInput;

describe('runSource', () => {
  it('fails the source when every record is rejected (schema drift)', async () => {
    const run = await runSource(
      plan(async () => ({ jobs: [badJob, badJob], rejected: [] })),
      context,
    );
    expect(run).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^all 2 records rejected \(schema drift\?\); first: record 0 title: /u),
    });
    expect(run.rejected).toHaveLength(2);
  });

  it('reports an adapter error with secrets redacted, and an unexpected error as such', async () => {
    const secret = await runSource(
      plan(() => Promise.reject(new SourceError('GET https://x.io/j?token=abc: HTTP 500'))),
      context,
    );
    expect(secret).toEqual({ ok: false, error: 'GET https://x.io/j?token=***: HTTP 500', rejected: [] });
    const bug = await runSource(
      plan(() => Promise.reject(new TypeError('x is undefined'))),
      context,
    );
    expect(bug).toMatchObject({ ok: false, error: 'unexpected TypeError: x is undefined' });
  });

  it('keeps an empty source ok', async () => {
    expect(
      await runSource(
        plan(async () => ({ jobs: [], rejected: [] })),
        context,
      ),
    ).toEqual({ ok: true, jobs: [], rejected: [], skipped: [] });
  });
});
