import { cleanText } from '../normalize/text.ts';

/**
 * Joins location parts (`city`, `region`, `country`) into one line: each part cleaned, empty parts
 * and a part equal to the one before (`Berlin, Berlin`) dropped.
 */
export function joinLocationParts(parts: readonly unknown[]): string {
  const cleaned = parts.map(cleanText).filter(Boolean);
  return cleaned.filter((part, index) => part !== cleaned[index - 1]).join(', ');
}

/** Joins several locations into one line separated by `; `, each once, empty ones dropped. */
export function joinLocations(locations: readonly unknown[]): string {
  return [...new Set(locations.map(cleanText).filter(Boolean))].join('; ');
}
