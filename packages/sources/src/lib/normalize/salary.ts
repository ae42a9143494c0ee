import type { Salary, SalaryPeriod } from '@joblist/core-model';

/** Currency symbols and prefixed dollars → ISO 4217 codes; a bare `$` is the US dollar. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  MX$: 'MXN',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₺': 'TRY',
  '₱': 'PHP',
  '₫': 'VND',
  '₽': 'RUB',
  zł: 'PLN',
};

const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Period words (lowercase) → period; matched as whole words, so `years` of experience needs its own guard. */
const PERIOD_WORDS: ReadonlyArray<readonly [SalaryPeriod, RegExp]> = [
  ['hour', /(?:\bhour(?:s|ly)?\b|\bhrs?\b|\/\s*h\b|\bstunde\b|\bstündlich\b)/u],
  ['day', /(?:\bday\b|\bdaily\b|\/\s*d\b|\bper diem\b|\btag\b|\btäglich\b)/u],
  ['week', /(?:\bweek(?:ly)?\b|\bwk\b|\/\s*w\b|\bwoche\b|\bwöchentlich\b)/u],
  ['month', /(?:\bmonth(?:ly)?\b|\bmo\b|\bmth\b|\/\s*m\b|\bmonat(?:lich)?\b)/u],
  [
    'year',
    /(?:\byear(?:ly)?\b|\byr\b|\bannual(?:ly)?\b|\bannum\b|\bp\.?a\.?(?=\s|$|[,;)])|\/\s*y\b|\bjahr\b|\bjährlich\b)/u,
  ],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const SYMBOL_PATTERN = Object.keys(CURRENCY_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** A number as people write it: `120,000`, `50.000`, `31,2`, `120 000`, `75.00`, `120`. */
const NUMBER_PATTERN = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** One amount in free text: optional currency before, the number, an optional `k`, optional currency after. */
const AMOUNT = new RegExp(
  String.raw`(?<before>${SYMBOL_PATTERN}|\b[A-Z]{3}\b)?\s?(?<number>${NUMBER_PATTERN})\s?(?<thousands>[kK]\b)?(?:\s?(?<after>${SYMBOL_PATTERN}|\b[A-Z]{3}\b))?`,
  'gu',
);

/** What may stand between the two ends of a range. */
const RANGE_SEPARATOR = /^\s*(?:-|–|—|~|to|and|bis)\s*$/iu;
const UP_TO = /\b(?:up to|max(?:imum)?\.?|bis zu)\s*$/iu;
const AT_LEAST = /\b(?:from|starting at|min(?:imum)?\.?|ab)\s*$/iu;

/** An amount read from text, with its currency if it named one. */
interface Amount {
  value: number;
  thousands: boolean;
  currency?: string;
  start: number;
  end: number;
}

/**
 * Reads `120,000` / `120.000` / `120 000` (grouped thousands), `31,2` / `75.00` (a decimal comma or point),
 * `1.234,56` (both: the last one is the decimal mark).
 */
function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  const separators = compact.match(/[.,]/gu) ?? [];
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (last === -1) return Number(compact);
  const mixed = new Set(separators).size > 1;
  const digitsAfterLast = compact.length - last - 1;
  const lastIsDecimal = mixed || (separators.length === 1 && digitsAfterLast !== 3);
  if (!lastIsDecimal) return Number(compact.replace(/[.,]/gu, ''));
  return Number(`${compact.slice(0, last).replace(/[.,]/gu, '')}.${compact.slice(last + 1)}`);
}

/** An ISO code (`usd`, `EUR`) or a symbol (`$`, `CA$`, `€`) → ISO 4217 code, else `undefined`. */
function currencyCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const symbol = CURRENCY_SYMBOLS[trimmed] ?? CURRENCY_SYMBOLS[trimmed.toUpperCase()];
  if (symbol) return symbol;
  const code = trimmed.toUpperCase();
  return ISO_CURRENCIES.has(code) ? code : undefined;
}

/** The first period word in `text` (`per-year-salary`, `1 YEAR`, `/hr`, `monthly`), else `undefined`. */
function periodIn(text: string): SalaryPeriod | undefined {
  const lower = text.toLowerCase().replace(/[-_]/gu, ' ');
  let found: { period: SalaryPeriod; index: number } | undefined;
  for (const [period, pattern] of PERIOD_WORDS) {
    const index = lower.search(pattern);
    if (index !== -1 && (!found || index < found.index)) found = { period, index };
  }
  return found?.period;
}

/** An amount given as a number or a numeric string; `0`, negatives and non-numbers are unknown. */
function amountOf(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? parseNumber(value.trim())
        : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

function amountsIn(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].map((match) => {
    const { before, number = '', thousands, after } = match.groups ?? {};
    return {
      value: parseNumber(number),
      thousands: thousands !== undefined,
      currency: currencyCode(before) ?? currencyCode(after),
      start: match.index,
      end: match.index + match[0].length,
    };
  });
}

/** Amounts in reading order, a range's two ends (`$50k - $60k`, `50 to 60 EUR`) grouped together. */
function rangesIn(text: string): Array<[Amount] | [Amount, Amount]> {
  const amounts = amountsIn(text);
  const ranges: Array<[Amount] | [Amount, Amount]> = [];
  for (let index = 0; index < amounts.length; index++) {
    const first = amounts[index] as Amount;
    const next = amounts[index + 1];
    if (next && RANGE_SEPARATOR.test(text.slice(first.end, next.start))) {
      ranges.push([first, next]);
      index++;
    } else {
      ranges.push([first]);
    }
  }
  return ranges;
}

/** The salary range in free text such as `$31,2k- $52k`, `$14/hr`, `€50.000 - €60.000 per year`, `USD 120k`. */
function rangeInText(text: string, knownCurrency: string | undefined) {
  const ranges = rangesIn(text);
  const range =
    ranges.find((amounts) => amounts.some((amount) => amount.currency)) ??
    (knownCurrency ? ranges[0] : undefined);
  if (!range) return undefined;
  const [first, second] = range;
  const scale = (amount: Amount) => (amount.thousands ? amount.value * 1000 : amount.value);
  // `$120-150k`: the `k` of the upper end applies to a lower end written without one.
  const low =
    second?.thousands && !first.thousands && first.value < second.value ? first.value * 1000 : scale(first);
  const last = second ?? first;
  const period = periodIn(text.slice(Math.max(0, first.start - 20), last.end + 30));
  const currency = knownCurrency ?? first.currency ?? second?.currency;
  if (second) return { min: low, max: scale(second), currency, period };
  const before = text.slice(0, first.start);
  if (UP_TO.test(before)) return { max: low, currency, period };
  if (AT_LEAST.test(before) || text.slice(first.end).trimStart().startsWith('+')) {
    return { min: low, currency, period };
  }
  return { min: low, max: low, currency, period };
}

/** Rounds to cents, dropping float noise such as `102800.00000000001`. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Reads a salary from what a provider sends: structured `min`/`max` (numbers or numeric strings; `0`
 * means unknown), a `currency` (ISO code or symbol) and a `period` word (`year`, `per-year-salary`,
 * `1 YEAR`, `hourly`, ...), or free `text` such as `$31,2k- $52k`, `$14/hr`, `€50.000 - €60.000 per year`
 * or `USD 120k` (used when `min` and `max` are both unknown). A stated currency wins over a symbol in
 * the text; `$` alone is USD. The period defaults to `year`. Amounts stay in the posting's own currency
 * and period, except that a yearly range entirely under 1,000 is read as thousands (`75`–`95` → 75,000–95,000).
 * Returns `undefined` when there is no amount or no currency.
 */
export function parseSalary(input: {
  min?: unknown;
  max?: unknown;
  currency?: unknown;
  period?: unknown;
  text?: unknown;
}): Salary | undefined {
  const statedCurrency = currencyCode(input.currency);
  const statedPeriod = typeof input.period === 'string' ? periodIn(input.period) : undefined;
  let min = amountOf(input.min);
  let max = amountOf(input.max);
  let currency = statedCurrency;
  let period = statedPeriod;
  if (min === undefined && max === undefined && typeof input.text === 'string') {
    const fromText = rangeInText(input.text, statedCurrency);
    if (!fromText) return undefined;
    ({ min, max } = fromText);
    currency = fromText.currency;
    period = statedPeriod ?? fromText.period;
  }
  if ((min === undefined && max === undefined) || !currency) return undefined;
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const resolvedPeriod = period ?? 'year';
  const inThousands = resolvedPeriod === 'year' && Math.max(min ?? 0, max ?? 0) < 1000;
  const factor = inThousands ? 1000 : 1;
  return {
    ...(min !== undefined && { min: round(min * factor) }),
    ...(max !== undefined && { max: round(max * factor) }),
    currency,
    period: resolvedPeriod,
  };
}
