import * as v from 'valibot';

/** Collapses every run of whitespace (newlines included) to one space and trims the ends. */
export function toSingleLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/**
 * A free-text value shown on one line (a title, a company name, a location): whitespace runs,
 * newlines included, become one space, so a table cell can hold it unchanged.
 */
export const SingleLineSchema = v.pipe(v.string(), v.transform(toSingleLine));

/** A {@link SingleLineSchema} value that must not be empty once trimmed. */
export const RequiredLineSchema = v.pipe(
  SingleLineSchema,
  v.nonEmpty('must not be empty or only whitespace'),
);

/** An absolute `http:` or `https:` URL with no whitespace or control characters. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.regex(/^https?:\/\//iu, 'must be an http(s) URL'),
  v.regex(/^[^\s\p{Cc}]+$/u, 'must not contain whitespace or control characters'),
  v.check((value) => URL.canParse(value), 'must be a valid URL'),
);

/** An ISO 8601 timestamp with a time zone (`Z` or an offset), e.g. `2025-11-03T20:30:00Z`. */
export const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 timestamp with a time zone'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date'),
);
