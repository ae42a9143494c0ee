import { createRedactor, type Job, type Rejection, type Skipped, toSingleLine } from '@joblist/core-model';
import { type HttpClient, type SourceContext, SourceError, type SourceLimits } from '../types.ts';
import type { PlannedSource } from './plan-sources.ts';
import { validateJobs } from './validate-jobs.ts';

/** What running one source gave: its valid jobs, or the reason it failed; rejections either way. */
export type SourceRun =
  | { ok: true; jobs: Job[]; rejected: Rejection[]; skipped: Skipped[] }
  | { ok: false; error: string; rejected: Rejection[] };

/** Secrets out of failure reasons: URL credentials and secret-looking query values. */
const redact = createRedactor();

/** The reason shown for a failed source; URLs are redacted, unexpected errors say so. */
function describeFailure(error: unknown): string {
  const message =
    error instanceof SourceError
      ? error.message
      : `unexpected ${(error as Error)?.name ?? 'error'}: ${(error as Error)?.message ?? String(error)}`;
  return redact(toSingleLine(message));
}

/** The HTTP client with the source's body-size limit applied to every request. */
function boundedHttp(http: HttpClient, maxBytes: number): HttpClient {
  return {
    json: (url, options) => http.json(url, { maxBytes, ...options }),
    text: (url, options) => http.text(url, { maxBytes, ...options }),
  };
}

/**
 * Fetches one source under its limits (`maxBytes` per body or file, `maxRecords`) and validates its jobs. Never throws: an adapter error, or records that were all
 * rejected (schema drift), make the run failed with a reason; other rejections are kept beside the jobs.
 */
export async function runSource(source: PlannedSource, context: SourceContext): Promise<SourceRun> {
  try {
    const limits: SourceLimits = { maxRecords: source.guards.maxRecords, maxBytes: source.guards.maxBytes };
    const http = boundedHttp(context.http, limits.maxBytes);
    const result = await source.adapter.fetch(source.options, { ...context, http, limits });
    const validated = validateJobs(source.id, result.jobs, source.categories, result.indexes);
    const rejected = [...result.rejected, ...validated.rejected];
    const [first] = rejected;
    if (validated.jobs.length === 0 && first) {
      const error = `all ${rejected.length} records rejected (schema drift?); first: record ${first.index} ${first.field}: ${first.reason}`;
      return { ok: false, error, rejected };
    }
    return { ok: true, jobs: validated.jobs, rejected, skipped: result.skipped ?? [] };
  } catch (error) {
    return { ok: false, error: describeFailure(error), rejected: [] };
  }
}
