import { HttpUrlSchema } from '@joblist/core-model';
import * as v from 'valibot';

/** A scheme before the first `:` (`https:`, `javascript:`), not a host's port (`example.com:8080`). */
const SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/iu;

/**
 * A URL as a reader typed it, as it is stored: trimmed, `https://` added when it has no scheme, `utm_*`
 * parameters dropped, and written as the URL parser writes it (host lowercased). A value the parser
 * refuses comes back with only the scheme added, for {@link urlProblem} to report.
 */
export function submittedUrl(raw: string): string {
  const trimmed = raw.trim();
  const withScheme = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return withScheme;
  const url = new URL(withScheme);
  for (const name of [...url.searchParams.keys()]) if (/^utm_/iu.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** Why `url` is not a job URL every source would accept ({@link HttpUrlSchema}), or `undefined`. */
export function urlProblem(url: string): string | undefined {
  const result = v.safeParse(HttpUrlSchema, url, { abortPipeEarly: true });
  return result.success ? undefined : result.issues[0].message;
}
