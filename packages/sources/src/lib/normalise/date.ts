/** Epoch values at or above this are milliseconds (in seconds it would be the year 5138). */
const EPOCH_MILLISECONDS_FROM = 1e11;

/**
 * `2025-11-03`, `2025-11-03T20:30`, `2025-11-03 20:30:00.123 UTC`, `2025-11-03T20:30:00+01:00`, ...:
 * a calendar date, an optional time (`T` or a space before it) and an optional zone.
 */
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/iu;

/** A text date that names its zone at the end (RFC 2822 / HTTP dates), so parsing it is not local-time. */
const ZONED_TEXT = /(?:\bGMT|\bUTC|\bZ|[+-]\d{2}:?\d{2})$/u;

const NUMERIC = /^\d+(?:\.\d+)?$/u;

const fromEpoch = (value: number): Date | undefined => {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return new Date(value >= EPOCH_MILLISECONDS_FROM ? value : value * 1000);
};

/** `+01`, `+0100`, `+01:00`, `Z`, `UTC`, `GMT`, or none (= UTC) → `Z` or `±hh:mm`. */
const isoOffset = (zone: string | undefined): string => {
  if (!zone || /^(?:z|utc|gmt)$/iu.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
};

const fromIsoLike = (match: RegExpExecArray): Date | undefined => {
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${isoOffset(zone)}`);
  // `Date` rolls impossible dates over (Feb 30 → Mar 2); the calendar date must exist as written.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day);
  return exists ? date : undefined;
};

const toDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (NUMERIC.test(text)) return fromEpoch(Number(text));
  const isoLike = ISO_LIKE.exec(text);
  if (isoLike) return fromIsoLike(isoLike);
  return ZONED_TEXT.test(text) ? new Date(text) : undefined;
};

/**
 * Reads a posting date as providers send it and returns it as an ISO 8601 UTC string (`toISOString()`).
 * Accepts ISO with an offset, ISO without a zone (read as UTC), a date only (midnight UTC),
 * `YYYY-MM-DD HH:MM:SS UTC`, text dates ending in a zone (`Mon, 03 Nov 2025 20:30:00 GMT`), and epoch
 * seconds or milliseconds as numbers or numeric strings (told apart by magnitude). Anything else,
 * an impossible calendar date or a non-positive epoch gives `undefined`.
 */
export function parseDate(value: unknown): string | undefined {
  const date = toDate(value);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}
