import * as v from 'valibot';

/**
 * Characters nobody should see in a job list: format characters (zero-width spaces and joiners, bidi
 * controls such as U+202E, the BOM, soft hyphens), lone surrogates, and control characters other than
 * the whitespace ones (tab, line breaks), e.g. NUL, BEL or ESC.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}]|[^\P{Cc}\t-\r]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** A code point an emoji ZWJ sequence (👩‍💻) joins: a pictograph, optionally with a variation selector or skin tone. */
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier})\uFE0F?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/** The one format character kept: a zero-width joiner between two emoji, which makes them one emoji. */
function isEmojiJoiner(char: string, offset: number, whole: string): boolean {
  return (
    char === '\u200D' &&
    EMOJI_BEFORE.test(whole.slice(Math.max(0, offset - 4), offset)) &&
    EMOJI_AFTER.test(whole.slice(offset + 1, offset + 3))
  );
}

/**
 * Removes control, zero-width, bidi and other invisible characters (see {@link INVISIBLE}); keeps tabs,
 * line breaks and the zero-width joiners inside emoji sequences.
 */
export function stripInvisible(value: string): string {
  if (!INVISIBLE.test(value)) return value;
  return value.replace(INVISIBLE_ALL, (char, offset: number, whole: string) =>
    isEmojiJoiner(char, offset, whole) ? char : '',
  );
}

/** Collapses every run of whitespace (newlines included) to one space and trims the ends. */
export function toSingleLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/**
 * A count with thousands separators, `12345` → `12,345`: what `toLocaleString('en-US')` writes for a
 * whole number, without the 12 ms of ICU set-up its first call costs.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
}

/** A count and its noun, singular for 1: `plural(1, 'job')` is `1 job`, `plural(1234, 'salary', 'salaries')` `1,234 salaries`. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${formatCount(count)} ${count === 1 ? word : words}`;
}

/** The visible mark at the end of a shortened value. */
const ELLIPSIS = '…';

/**
 * Shortens `value` to at most `max` characters (code points, so no emoji is cut in half): the first
 * `max - 1`, trailing spaces dropped, then {@link ELLIPSIS}. Shorter values come back unchanged.
 */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/**
 * Length caps in characters. Shown text longer than its cap is cut and ends in `…`; an id or URL
 * longer than its cap is rejected (cutting it would change what it points to).
 */
export const TEXT_LIMITS = {
  title: 200,
  companyName: 120,
  location: 160,
  /** Any other one-line value: config texts, skills, sources, category ids. */
  line: 300,
  description: 20_000,
  id: 500,
  url: 2048,
} as const;

/** Printable ASCII words with single spaces between them: a line {@link cleanLine} leaves as it is. */
const CLEAN_LINE = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/u;

/**
 * A value as a one-line field holds it: invisible characters removed, whitespace runs (newlines included)
 * made one space, ends trimmed, then cut visibly to `max`. Most values are clean already and come back as
 * they are without the three passes.
 */
export function cleanLine(value: string, max: number): string {
  if (value.length <= max && CLEAN_LINE.test(value)) return value;
  return truncate(toSingleLine(stripInvisible(value)), max);
}

/**
 * A free-text value shown on one line, at most `max` characters: invisible characters removed,
 * whitespace runs (newlines included) made one space, ends trimmed, then cut visibly to `max`.
 */
export function singleLine(max: number = TEXT_LIMITS.line) {
  return v.pipe(
    v.string(),
    v.transform((value) => cleanLine(value, max)),
  );
}

/** A {@link singleLine} value that must not be empty once cleaned. */
export function requiredLine(max: number = TEXT_LIMITS.line) {
  return v.pipe(singleLine(max), v.nonEmpty('must not be empty or only whitespace'));
}

/** A one-line text of at most {@link TEXT_LIMITS}`.line` characters (see {@link singleLine}). */
export const SingleLineSchema = singleLine();

/** A {@link SingleLineSchema} value that must not be empty once cleaned. */
export const RequiredLineSchema = requiredLine();

/** Multi-line plain text (a description): invisible characters removed, cut visibly to `max` characters. */
export function plainText(max: number = TEXT_LIMITS.description) {
  return v.pipe(
    v.string(),
    v.transform((value) => truncate(stripInvisible(value), max)),
  );
}

/** An identifier: invisible characters removed, trimmed, not empty, at most {@link TEXT_LIMITS}`.id` characters. */
export const IdSchema = v.pipe(
  v.string(),
  v.transform((value) => stripInvisible(value).trim()),
  v.nonEmpty('must not be empty'),
  v.maxLength(TEXT_LIMITS.id, `must be at most ${TEXT_LIMITS.id} characters`),
);

/** A URL's authority that carries a user name or password (`https://user:pass@host/`). */
const CREDENTIALS = /^([a-z][\d+.a-z-]*:\/\/)[^/?#]*@/iu;

/**
 * Rejects a URL with a user name or password, showing it with the credentials masked
 * (`"https://***@host/"`), so no error, log or status file repeats them.
 */
const NoCredentials = v.rawCheck<string>(({ dataset, addIssue }) => {
  if (dataset.typed && CREDENTIALS.test(dataset.value))
    addIssue({
      message: 'must not contain a user name or password',
      received: JSON.stringify(dataset.value.replace(CREDENTIALS, '$1***@')),
    });
});

/**
 * An absolute `http:` or `https:` URL with no whitespace or control characters, no user name or
 * password, at most {@link TEXT_LIMITS}`.url` characters.
 */
export const HttpUrlSchema = v.pipe(
  v.string(),
  NoCredentials,
  v.regex(/^https?:\/\//iu, 'must be an http(s) URL'),
  v.regex(/^[^\s\p{Cc}\p{Cf}]+$/u, 'must not contain whitespace, control or invisible characters'),
  v.maxLength(TEXT_LIMITS.url, `must be at most ${TEXT_LIMITS.url} characters`),
  v.check((value) => URL.canParse(value), 'must be a valid URL'),
);

/** An ISO 8601 timestamp with a time zone (`Z` or an offset), e.g. `2025-11-03T20:30:00Z`. */
export const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 timestamp with a time zone'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date'),
);
