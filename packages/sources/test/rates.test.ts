import { readFile } from 'node:fs/promises';
import type { ExchangeRates } from '@joblist/core-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../src/lib/http/client.ts';
import { parseEcbRates } from '../src/lib/rates/ecb-rates.ts';
import { refreshRates } from '../src/lib/rates/refresh-rates.ts';
import { SourceError } from '../src/lib/types.ts';
import { type ReplayServer, startReplayServer } from './_helpers/replay-server.ts';

/** A daily reference-rate file in the ECB's format, written for these tests. */
const XML = await readFile(new URL('./fixtures/ecb-eurofxref-daily.xml', import.meta.url), 'utf8');
const PATH = '/stats/eurofxref/eurofxref-daily.xml';

const LAST_WEEK: ExchangeRates = {
  base: 'EUR',
  date: '2026-11-20',
  source: 'https://rates.example/daily.xml',
  rates: { USD: 1.2 },
};

describe('parseEcbRates', () => {
  it('reads the day and the units per euro', () => {
    expect(parseEcbRates(XML, 'ecb')).toEqual({
      base: 'EUR',
      date: '2026-11-27',
      source: 'ecb',
      rates: { USD: 1.25, JPY: 160.5, GBP: 0.8, CHF: 0.95, CAD: 1.5, INR: 100, PLN: 4.25 },
    });
  });

  it('refuses a body without rates, naming where it came from', () => {
    expect(() => parseEcbRates('<html>Maintenance</html>', 'https://ecb.example/x.xml')).toThrow(
      new SourceError(
        "https://ecb.example/x.xml: no euro reference rates in the response (expected the ECB's eurofxref XML)",
      ),
    );
  });
});

describe('a bad rate (issue 19, row 8)', () => {
  it.each([
    ['a 400-digit rate', `1${'0'.repeat(400)}`],
    ['a zero rate', '0.0'],
  ])('refuses %s, so the previous rates are kept', async (_name, rate) => {
    const bad = XML.replace("rate='1.25'", `rate='${rate}'`);
    expect(bad).not.toBe(XML);
    expect(() => parseEcbRates(bad, 'ecb')).toThrow(/ecb: the rate of USD is not a finite number above 0/u);
    const server = await startReplayServer({ [PATH]: { body: bad } });
    try {
      const outcome = await refreshRates(
        createHttpClient({ retries: 0, allowLoopback: true }),
        { url: `${server.url}${PATH}` },
        LAST_WEEK,
      );
      expect(outcome.rates).toBe(LAST_WEEK);
      expect(outcome.error).toMatch(/not a finite number above 0/u);
    } finally {
      await server.close();
    }
  });
});

describe('refreshRates through a replay server', () => {
  let server: ReplayServer;
  const http = createHttpClient({ retries: 0, timeoutMs: 5000, allowLoopback: true });
  beforeAll(async () => {
    server = await startReplayServer({ [PATH]: { body: XML }, '/down': { status: 503 } });
  });
  afterAll(() => server.close());

  it('fetches the configured feed', async () => {
    const outcome = await refreshRates(http, { url: `${server.url}${PATH}` }, LAST_WEEK);
    expect(outcome).toEqual({ rates: parseEcbRates(XML, `${server.url}${PATH}`) });
  });

  it('keeps the last rates when the fetch fails, and says why', async () => {
    const outcome = await refreshRates(http, { url: `${server.url}/down` }, LAST_WEEK);
    expect(outcome.rates).toBe(LAST_WEEK);
    expect(outcome.error).toMatch(/503/u);
    expect(await refreshRates(http, { url: `${server.url}/down` }, undefined)).toEqual({
      error: outcome.error,
    });
  });

  it('fetches nothing when no rates are configured', async () => {
    const before = server.requests.length;
    expect(await refreshRates(http, undefined, LAST_WEEK)).toEqual({});
    expect(server.requests).toHaveLength(before);
  });
});
