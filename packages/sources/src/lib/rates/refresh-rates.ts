import type { ExchangeRates, SalarySettings } from '@joblist/core-model';
import type { HttpClient } from '../types.ts';
import { parseEcbRates } from './ecb-rates.ts';

/** What fetching the exchange rates gave: the rates the snapshot pins, and why a fetch failed. */
export interface RatesOutcome {
  /** The fresh rates, or the previous snapshot's when the fetch failed; absent when none are configured or known. */
  rates?: ExchangeRates;
  /** Why the fetch failed (the previous rates, if any, are kept). */
  error?: string;
}

/**
 * Fetches the exchange rates the site's `salary.rates` names (the ECB's daily reference rates XML,
 * through the shared HTTP client with its retries and cache). Nothing is fetched when no rates are
 * configured. A failed fetch keeps `previous` (the last snapshot's rates) and says why.
 */
export async function refreshRates(
  http: HttpClient,
  settings: SalarySettings['rates'],
  previous: ExchangeRates | undefined,
): Promise<RatesOutcome> {
  if (settings === undefined) return {};
  try {
    return { rates: parseEcbRates(await http.text(settings.url), settings.url) };
  } catch (error) {
    return { ...(previous && { rates: previous }), error: (error as Error).message };
  }
}
