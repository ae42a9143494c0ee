import { describe, expect, it } from 'vitest';
import type { FetchProgress } from '../fetch-sources.ts';
import { createProgressReporter } from './progress.ts';

const progress = (done: number, status: 'ok' | 'failed'): FetchProgress => ({
  source:
    status === 'ok'
      ? {
          id: `s${done}`,
          status,
          jobs: 1200,
          rejected: [{ index: 0, field: 'url', reason: 'bad' }],
          skipped: [{ reason: 'closed posting', count: 4332 }],
          duplicates: 0,
        }
      : { id: `s${done}`, status, error: 'HTTP 500', jobs: 0, rejected: [], skipped: [], duplicates: 0 },
  done,
  failed: status === 'failed' ? 1 : 0,
  total: 2,
  jobs: 1200,
});

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (text: string) => chunks.push(text) }, chunks };
}

describe('createProgressReporter', () => {
  it('prints one plain line per source outside a terminal', () => {
    const { stream, chunks } = capture(false);
    const reporter = createProgressReporter(stream);
    reporter.update(progress(1, 'ok'));
    reporter.update(progress(2, 'failed'));
    reporter.finish();
    expect(chunks.join('')).toBe(
      '[1/2] ok s1: 1,200 jobs, 1 rejected, 4,332 skipped\n[2/2] failed s2: HTTP 500\n',
    );
  });

  it('rewrites one line on a terminal and ends it on finish', () => {
    const { stream, chunks } = capture(true);
    const reporter = createProgressReporter(stream);
    reporter.update(progress(1, 'ok'));
    reporter.update(progress(2, 'failed'));
    reporter.finish();
    expect(chunks).toEqual([
      '\r\x1b[2Ksources 1/2 · 0 failed · 1,200 jobs',
      '\r\x1b[2Ksources 2/2 · 1 failed · 1,200 jobs',
      '\n',
    ]);
  });
});
