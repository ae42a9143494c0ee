import { createRedactor, type Job, type Rejection, type Skipped, toSingleLine } from '@joblist/core-model';
import {
  type HttpClient,
  type SourceContext,
  SourceError,
  SourceLimitError,
  type SourceLimits,
} from '../types.ts';
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

/**
 * The HTTP client of one source: every request draws on one byte budget (`maxBytes`, all pages and detail
 * requests together) and stops at the source's deadline (`signal`).
 */
function boundedHttp(http: HttpClient, maxBytes: number, signal: AbortSignal): HttpClient {
  const budget = { limit: maxBytes, used: 0 };
  return {
    json: (url, options) => http.json(url, { maxBytes, budget, signal, ...options }),
    text: (url, options) => http.text(url, { maxBytes, budget, signal, ...options }),
  };
}

/** Rejects once `seconds` have passed (aborting `controller`), so a source that never answers ends on time. */
function deadline(seconds: number, controller: AbortController): { expired: Promise<never>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new SourceLimitError(
          `not done within ${seconds} s (list and detail requests together), the source's maxSeconds limit; raise "maxSeconds" in its config if this is expected`,
        ),
      );
    }, seconds * 1000);
  });
  return { expired, stop: () => clearTimeout(timer) };
}

/**
 * Fetches one source under its limits (`maxBytes` for all its bodies or its file, `maxRecords` across its
 * pages, `maxSeconds` for all its requests) and validates its jobs. Never throws: an adapter error, a limit
 * passed, or records that were all rejected (schema drift) make the run failed with a reason; other
 * rejections are kept beside the jobs.
 */
export async function runSource(source: PlannedSource, context: SourceContext): Promise<SourceRun> {
  const controller = new AbortController();
  const { maxRecords, maxBytes, maxSeconds } = source.guards;
  const timer = deadline(maxSeconds, controller);
  try {
    const limits: SourceLimits = { maxRecords, maxBytes, maxSeconds };
    const http = boundedHttp(context.http, limits.maxBytes, controller.signal);
    const fetching = source.adapter.fetch(source.options, { ...context, http, limits });
    fetching.catch(() => undefined);
    const result = await Promise.race([fetching, timer.expired]);
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
  } finally {
    timer.stop();
    controller.abort();
  }
}
