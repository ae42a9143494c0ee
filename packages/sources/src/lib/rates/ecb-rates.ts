import type { ExchangeRates } from '@joblist/core-model';
import { SourceError } from '../types.ts';

/** The currency the ECB quotes every rate against. */
const ECB_BASE = 'EUR';

/** `<Cube time="2026-11-27">`: the day of the rates (single or double quotes). */
const DAY = /<Cube\s+time=["'](\d{4}-\d{2}-\d{2})["']/u;

/** `<Cube currency="USD" rate="1.0512"/>`: one rate. */
const RATE = /<Cube\s+currency=["']([A-Z]{3})["']\s+rate=["']([0-9]+(?:\.[0-9]+)?)["']/gu;

/**
 * Reads the ECB's daily euro foreign exchange reference rates XML (`eurofxref-daily.xml`): the day and
 * the units of each currency per euro. Throws a {@link SourceError} naming `source` when the body has
 * no day or no rate (an error page, a changed format), or a rate that is not a finite number above 0
 * (a 400-digit rate reads as `Infinity`, which JSON writes as `null`): the whole response is refused, so
 * the previous rates stay and no snapshot ever holds a rate a build would refuse.
 */
export function parseEcbRates(xml: string, source: string): ExchangeRates {
  const date = DAY.exec(xml)?.[1];
  const rates: Record<string, number> = {};
  for (const [, currency, rate] of xml.matchAll(RATE)) {
    const value = Number(rate);
    if (!(Number.isFinite(value) && value > 0)) {
      throw new SourceError(`${source}: the rate of ${currency} is not a finite number above 0`);
    }
    if (currency) rates[currency] = value;
  }
  if (!date || Object.keys(rates).length === 0) {
    throw new SourceError(
      `${source}: no euro reference rates in the response (expected the ECB's eurofxref XML)`,
    );
  }
  return { base: ECB_BASE, date, source, rates };
}
