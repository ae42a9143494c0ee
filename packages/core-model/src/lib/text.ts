import * as v from 'valibot';

/**
 * Characters nobody should see in a job list: format characters (zero-width spaces and joiners, bidi
 * controls such as U+202E, the BOM, soft hyphens), lone surrogates, noncharacters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF and the last two code points of every plane: XML forbids some, no text should hold any),
 * and control characters other than the whitespace ones (tab, line breaks), e.g. NUL, BEL or ESC.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]|[^\P{Cc}\t-\r]/u;
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
 * line breaks and the zero-width joiners inside emoji sequences. For identifiers, skills and config words.
 */
export function stripInvisible(value: string): string {
  if (!INVISIBLE.test(value)) return value;
  return value.replace(INVISIBLE_ALL, (char, offset: number, whole: string) =>
    isEmojiJoiner(char, offset, whole) ? char : '',
  );
}

/**
 * What shown text must not hold: the characters that reorder the text around them (bidi embeddings,
 * overrides and isolates, U+202A–U+202E and U+2066–U+2069; a mark such as U+200E only sets the
 * direction of what touches it), lone surrogates, noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…: XML
 * forbids some, no text should hold any) and control characters other than tab and line breaks.
 */
const UNSAFE = /[\u202A-\u202E\u2066-\u2069\p{Cs}\p{Noncharacter_Code_Point}]|[^\P{Cc}\t-\r]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/**
 * Removes from shown text (titles, company names, locations) only what {@link UNSAFE} names: a
 * zero-width space (U+200B), a direction mark (U+200E) or a word joiner stays, as the posting has it.
 */
export function stripUnsafe(value: string): string {
  return UNSAFE.test(value) ? value.replace(UNSAFE_ALL, '') : value;
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
  /** Real postings list one place many times (200+ characters in the reference READMEs, 997 in the fixtures). */
  location: 1000,
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
export function cleanLine(value: string, max: number, strip = stripInvisible): string {
  if (value.length <= max && CLEAN_LINE.test(value)) return value;
  return truncate(toSingleLine(strip(value)), max);
}

/**
 * A free-text value shown on one line, at most `max` characters: invisible characters removed (by
 * `strip`: {@link stripUnsafe} for posting text), whitespace runs (newlines included) made one space,
 * ends trimmed, then cut visibly to `max`.
 */
export function singleLine(max: number = TEXT_LIMITS.line, strip = stripInvisible) {
  return v.pipe(
    v.string(),
    v.transform((value) => cleanLine(value, max, strip)),
  );
}

/** A {@link singleLine} value that must show something once cleaned: not empty, not only invisible characters. */
export function requiredLine(max: number = TEXT_LIMITS.line, strip = stripInvisible) {
  return v.pipe(
    singleLine(max, strip),
    v.check((value) => stripInvisible(value).trim() !== '', 'must not be empty or only whitespace'),
  );
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

/** An ISO 8601 timestamp with a time zone (`Z` or an offset), e.g. `2025-11-03T20:30:00Z`. */
export const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 timestamp with a time zone'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date'),
);
