import type { JobInput, Rejection, Skipped } from '@joblist/core-model';
import type * as v from 'valibot';

/** Options of one HTTP request made by an adapter. */
export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Largest body accepted, in bytes; a longer one fails the request (the client's default otherwise). */
  maxBytes?: number;
  /** Bytes shared by every request of one source (pages, details): the pipeline's per-source `maxBytes`. */
  budget?: ByteBudget;
  /** Aborts the request and any retry still to come: the source's deadline. */
  signal?: AbortSignal;
}

/** A byte count several requests draw on; reading past `limit` fails the request that crossed it. */
export interface ByteBudget {
  /** Bytes allowed in total. */
  readonly limit: number;
  /** Bytes read so far. */
  used: number;
}

/**
 * The HTTP client every adapter uses: retries, timeouts, concurrency limits, conditional requests
 * and the on-disk cache live behind it, so adapters only say what to GET.
 */
export interface HttpClient {
  /** GETs (or POSTs) `url` and parses the body as JSON; throws a {@link SourceError} on failure. */
  json<T = unknown>(url: string, options?: RequestOptions): Promise<T>;
  /** Same as {@link HttpClient.json} but returns the body as text (the exchange-rate XML). */
  text(url: string, options?: RequestOptions): Promise<string>;
}

/** How much one source may read and how long it may take: the bounds of a fetch (each is a source option too). */
export interface SourceLimits {
  /** Raw records one source may return, all pages together. */
  maxRecords: number;
  /** Bytes of all its response bodies together (pages, detail requests), or of its file. */
  maxBytes: number;
  /** Seconds the whole source (list and detail requests, retries included) may take. */
  maxSeconds: number;
}

/** Limits of a source whose config sets none. */
export const SOURCE_LIMIT_DEFAULTS: SourceLimits = {
  maxRecords: 100_000,
  maxBytes: 64 * 1024 * 1024,
  maxSeconds: 300,
};

/** What an adapter gets besides its own options. */
export interface SourceContext {
  /** The HTTP client; the pipeline binds it to the source's `maxBytes`. */
  http: HttpClient;
  /** Directory relative paths in source options are resolved against (the config's folder). */
  cwd: string;
  /** The source's limits; {@link SOURCE_LIMIT_DEFAULTS} when absent. */
  limits?: SourceLimits;
}

/** The limits an adapter runs under. */
export const sourceLimits = (context: SourceContext): SourceLimits => context.limits ?? SOURCE_LIMIT_DEFAULTS;

/** The jobs one source produced, before snapshot-level validation and deduplication. */
export interface SourceResult {
  /** Normalised job candidates; the pipeline validates each with `JobSchema`. */
  jobs: JobInput[];
  /** Records the adapter itself could not read (raw-schema failures), with index, field and reason. */
  rejected: Rejection[];
  /** Records left out on purpose (e.g. closed postings), counted by reason; not failures. */
  skipped?: Skipped[];
  /** Position of each job among the source's raw records (the index its rejection names); its own position when absent. */
  indexes?: number[];
}

/** One provider: the schema of its options, a stable id for a configured source, and its fetcher. */
export interface SourceAdapter<S extends v.GenericSchema = v.GenericSchema> {
  /** The `type` in `joblist.config.ts`, e.g. `greenhouse`. */
  type: string;
  /** valibot schema of the source's options (`type`, `baseUrl` and `categories` included). */
  options: S;
  /** Stable id of a configured source, e.g. `greenhouse:gitlab`; also the job-id namespace. */
  id(options: v.InferOutput<S>): string;
  /** Fetches and normalises every job of the source. Throws {@link SourceError} when the source failed. */
  fetch(options: v.InferOutput<S>, context: SourceContext): Promise<SourceResult>;
}

/** A source that failed as a whole (HTTP error, timeout, unparseable body, schema drift). */
export class SourceError extends Error {
  override readonly name: string = 'SourceError';
}

/**
 * A source past one of its {@link SourceLimits} (bytes, records, deadline): it fails the whole source even
 * where an adapter tolerates a failed request (a detail request), since every further request would fail too.
 */
export class SourceLimitError extends SourceError {
  override readonly name = 'SourceLimitError';
}
