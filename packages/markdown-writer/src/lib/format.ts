const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The three-letter English name of a UTC month (0 = `Jan`). */
export function monthName(month: number): string {
  const name = MONTHS[month];
  if (!name) throw new RangeError(`month out of range: ${month}`);
  return name;
}

/** Parses a three-letter English month name (`Nov`) to its index, or -1. */
export function monthIndex(name: string): number {
  return MONTHS.indexOf(name as (typeof MONTHS)[number]);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A job's date cell: `Nov 03` (UTC). */
export function formatMonthDay(date: Date): string {
  return `${monthName(date.getUTCMonth())} ${pad(date.getUTCDate())}`;
}

/** The "Last updated" value: `Nov 03, 2025 at 20:30 UTC` (UTC, to the minute). */
export function formatUpdated(date: Date): string {
  return `${formatMonthDay(date)}, ${date.getUTCFullYear()} at ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

const UPDATED_STAMP = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) at (\d{2}):(\d{2}) UTC$/u;

/** Parses a "Last updated" value (`Nov 03, 2025 at 20:30 UTC`), the inverse of {@link formatUpdated}. */
export function parseUpdated(stamp: string): Date | undefined {
  const match = UPDATED_STAMP.exec(stamp);
  const month = monthIndex(match?.[1] ?? '');
  if (!match || month < 0) return undefined;
  return new Date(Date.UTC(Number(match[3]), month, Number(match[2]), Number(match[4]), Number(match[5])));
}

/** The UTC calendar day as `YYYY-MM-DD`, the archive file name. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
