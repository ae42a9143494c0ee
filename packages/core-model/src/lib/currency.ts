import * as v from 'valibot';

/** An ISO 4217 currency code: three capital letters, e.g. `USD`. */
export const CurrencyCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{3}$/u, 'must be an ISO 4217 code such as USD'),
);

/**
 * Exchange rates pinned in the snapshot at fetch time: how many units of each currency one unit of
 * `base` buys (the ECB publishes euro reference rates: `base` `EUR`, `rates.USD` 1.05, …).
 */
export const ExchangeRatesSchema = v.object({
  /** The currency every rate is quoted against; its own rate is 1. */
  base: CurrencyCodeSchema,
  /** The day the rates are for (`YYYY-MM-DD`), as the feed states it. */
  date: v.pipe(v.string(), v.isoDate('must be a date such as 2026-11-27')),
  /** Where they came from (the feed's URL). */
  source: v.string(),
  /** Units of each currency per unit of `base`. */
  rates: v.record(
    CurrencyCodeSchema,
    v.pipe(v.number(), v.finite('must be a finite number'), v.gtValue(0, 'must be above 0')),
  ),
});

/** Validated exchange rates. */
export type ExchangeRates = v.InferOutput<typeof ExchangeRatesSchema>;

/** The euro foreign exchange reference rates the ECB publishes every working day. */
export const ECB_DAILY_RATES_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';
