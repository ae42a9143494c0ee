import { cleanText } from '../normalise/text.ts';

/** A separator with its spacing, repeated or with empty parts between (`, , `, ` ;; `, ` ,`). */
const SEPARATOR_RUN = /\s*([,;])[\s,;]*/gu;

/**
 * Cleans a location line like {@link cleanText}, then drops empty parts and repeated separators
 * (`Szczecin, , Poland` → `Szczecin, Poland`, `Berlin ,Germany` → `Berlin, Germany`) and separators at
 * either end.
 */
export function cleanLocation(value: unknown): string {
  return cleanText(value)
    .replace(SEPARATOR_RUN, (_run, separator: string) => `${separator} `)
    .replace(/^[\s,;]+|[\s,;]+$/gu, '');
}

/**
 * Joins location parts (`city`, `region`, `country`) into one line: each part cleaned
 * ({@link cleanLocation}), empty parts and a part equal to the one before (`Berlin, Berlin`) dropped.
 */
export function joinLocationParts(parts: readonly unknown[]): string {
  const cleaned = parts.map(cleanLocation).filter(Boolean);
  return cleaned.filter((part, index) => part !== cleaned[index - 1]).join(', ');
}

/** Joins several locations into one line separated by `; `, each once (cleaned), empty ones dropped. */
export function joinLocations(locations: readonly unknown[]): string {
  return [...new Set(locations.map(cleanLocation).filter(Boolean))].join('; ');
}
