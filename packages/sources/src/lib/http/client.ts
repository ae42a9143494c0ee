import { ofetch } from 'ofetch';
import { type HttpClient, type RequestOptions, SourceError } from '../types.ts';

/** Settings of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Sent with every request. */
  userAgent?: string;
  /** Milliseconds before a request is abandoned. */
  timeoutMs?: number;
}

/** Creates the HTTP client adapters use. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const request = async (url: string, init: RequestOptions, responseType: 'json' | 'text') => {
    try {
      return await ofetch(url, {
        method: init.method ?? 'GET',
        query: init.query,
        body: init.body as Record<string, unknown> | undefined,
        headers: { 'user-agent': options.userAgent ?? 'joblist', ...init.headers },
        timeout: options.timeoutMs ?? 30_000,
        retry: 0,
        responseType,
      });
    } catch (error) {
      throw new SourceError(`${url}: ${(error as Error).message}`);
    }
  };
  return {
    json: (url, init = {}) => request(url, init, 'json'),
    text: (url, init = {}) => request(url, init, 'text'),
  };
}
