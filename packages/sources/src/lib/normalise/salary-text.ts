import type { SalaryPeriod } from '@joblist/core-model';

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

/** Period words (lowercase) → period; matched as whole words, so `years` of experience is not a period. */
const PERIOD_WORDS: ReadonlyArray<readonly [SalaryPeriod, RegExp]> = [
  ['hour', /(?:\bhour(?:s|ly)?\b|\bhrs?\b|\/\s*h\b|\bstunde\b|\bst\u00fcndlich\b)/u],
  ['day', /(?:\bday\b|\bdaily\b|\/\s*d\b|\bper diem\b|\btag\b|\bt\u00e4glich\b)/u],
  ['week', /(?:\bweek(?:ly)?\b|\bwk\b|\/\s*w\b|\bwoche\b|\bw\u00f6chentlich\b)/u],
  ['month', /(?:\bmonth(?:ly)?\b|\bmo\b|\bmth\b|\/\s*m\b|\bmonat(?:lich)?\b)/u],
  [
    'year',
    /(?:\byear(?:ly)?\b|\byr\b|\bannual(?:ly)?\b|\bannum\b|\bp\.?a\.?(?=\s|$|[,;)])|\/\s*y\b|\bjahr\b|\bj\u00e4hrlich\b)/u,
  ],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const SYMBOL_PATTERN = Object.keys(CURRENCY_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** A number as people write it: `120,000`, `50.000`, `31,2`, `120 000`, `75.00`, `120`. */
const NUMBER_PATTERN = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/**
 * What may follow a number: `k` (thousands), `L` / `lakh` / `LPA` (100,000, as Indian salaries are
 * written), or a scale that money which is pay never has (`M`, `bn`, `trillion`).
 */
const SCALE_PATTERN =
  '[Tt]housand|[Ll]akhs?|LPA|[Tt]rillion|[Bb]illion|[Mm]illion|[Mm]il|[Mm]{2}|[Bb]n|[Tt]n|[kKLmMbBT]';

/** The multiplier of a scale pay is written with. */
const PAY_SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:k|thousand)$/iu, 1000],
  [/^(?:l|lakhs?|lpa)$/iu, 100_000],
];

/**
 * One amount: an optional ISO code and/or symbol before (`CAD $120k`), the number, an optional scale,
 * an optional symbol or ISO code after (`130k CAD`, `1.234,56 €`).
 */
const AMOUNT = new RegExp(
  String.raw`(?:(?<code>\b[A-Z]{3})\s?)?(?<symbol>${SYMBOL_PATTERN})?\s?(?<number>${NUMBER_PATTERN})(?:\s?(?<scale>${SCALE_PATTERN})\b)?(?:\s?(?<after>${SYMBOL_PATTERN}|\b[A-Z]{3}\b))?`,
  'gu',
);

/** A period cue written between the ends of a range (`$21/hr-$24/hr`). */
const PERIOD_CUE = String.raw`(?:\/\s*[a-z]+|per\s+[a-z]+|an?\s+[a-z]+|p\.?a\.?|hourly|daily|weekly|monthly|yearly|annually)`;

/** What may stand between the two ends of a range. */
const RANGE_SEPARATOR = new RegExp(
  String.raw`^\s*${PERIOD_CUE}?\s*(?:-|\u2013|\u2014|~|to|and|bis)\s*$`,
  'iu',
);
const UP_TO = /\b(?:up to|max(?:imum)?\.?|bis zu)\s*$/iu;
const AT_LEAST = /\b(?:from|starting at|min(?:imum)?\.?|ab)\s*$/iu;

/** A pay label shortly before an amount on the same line: `Salary:`, `Compensation range`, `Pay: up to`. */
const PAY_LABEL =
  /\b(?:salary|salaries|compensation|comp|pay|pay range|wages?|remuneration|stipend|ote|total comp|base|gehalt|verg\u00fctung)\b[^\n]{0,40}$/iu;

/** Words that make nearby money funding, a valuation, a price or a market size rather than pay. */
const NOT_PAY_BEFORE =
  /\b(?:raised?|raising|funding|funded|valuation|valued|worth|market|revenue|arr|price[ds]?|costs?|budget|invest(?:ed|ment|ors?)?|backed|sales|spend|fees?|fine)\b[^\n]{0,25}$/iu;
const NOT_PAY_AFTER =
  /^[^\n]{0,20}\b(?:series [a-h]|seed|round|in funding|funding|valuation|arr|revenue|market|in sales|raised|investment|aum)\b/iu;

/** Where an amount was read, and what it says. */
interface Amount {
  value: number;
  /** What its scale multiplies it by: 1 without one, 1,000 for `k`, 100,000 for `L` (lakh). */
  multiplier: number;
  /** Written with a scale pay never has: `M`, `million`, `bn`, `trillion`. */
  large: boolean;
  /** An ISO code written next to it (`CAD`), which names the dollar a `$` leaves open. */
  code?: string;
  /** The currency of its symbol (`$` → `USD`). */
  symbol?: string;
  start: number;
  end: number;
}

/** A salary read from text, before the caller applies its own currency and period. */
export interface TextSalary {
  min?: number;
  max?: number;
  currency?: string;
  period?: SalaryPeriod;
}

/** How much of the text is about pay. */
export type SalaryContext =
  /** A salary field or a header part that is one: every amount is pay unless it says otherwise. */
  | 'field'
  /** Free prose: only an amount after a pay label, or a range with a period, is pay. */
  | 'prose';

/**
 * Reads `120,000` / `120.000` / `120 000` (grouped thousands), `31,2` / `75.00` (a decimal comma or point),
 * `1.234,56` (both: the last one is the decimal mark).
 */
export function parseNumber(text: string): number {
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
export function currencyCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const symbol = CURRENCY_SYMBOLS[trimmed] ?? CURRENCY_SYMBOLS[trimmed.toUpperCase()];
  if (symbol) return symbol;
  const code = trimmed.toUpperCase();
  return ISO_CURRENCIES.has(code) ? code : undefined;
}

/** An ISO 4217 code written as one (`CAD`), not a symbol. */
const isoCode = (value: string | undefined) =>
  value !== undefined && ISO_CURRENCIES.has(value) ? value : undefined;

/** The first period word in `text` (`per-year-salary`, `1 YEAR`, `/hr`, `monthly`), else `undefined`. */
export function periodIn(text: string): SalaryPeriod | undefined {
  const lower = text.toLowerCase().replace(/[-_]/gu, ' ');
  let found: { period: SalaryPeriod; index: number } | undefined;
  for (const [period, pattern] of PERIOD_WORDS) {
    const index = lower.search(pattern);
    if (index !== -1 && (!found || index < found.index)) found = { period, index };
  }
  return found?.period;
}

function amountsIn(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].map((match) => {
    const { code, symbol, number = '', scale, after } = match.groups ?? {};
    const multiplier =
      scale === undefined ? 1 : (PAY_SCALES.find(([pattern]) => pattern.test(scale))?.[1] ?? 0);
    // A word after the number that is no currency (`ARR`) is not part of the amount.
    const trailing = after !== undefined && !currencyCode(after) ? after.length : 0;
    return {
      value: parseNumber(number),
      multiplier,
      large: multiplier === 0,
      code: isoCode(code) ?? isoCode(after),
      symbol: currencyCode(symbol) ?? (isoCode(after) ? undefined : currencyCode(after)),
      start: match.index,
      end: match.index + match[0].length - trailing,
    };
  });
}

/** Amounts in reading order, a range's two ends (`$50k - $60k`, `$21/hr-$24/hr`) grouped together. */
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

/** The currency of a range: an ISO code anywhere on it wins over a symbol (`$120-$130k CAD` is CAD). */
function currencyOf(range: readonly Amount[]): string | undefined {
  return range.find((amount) => amount.code)?.code ?? range.find((amount) => amount.symbol)?.symbol;
}

/** The period written right after a range or between its ends (`/hr`, `per hour`, `an hour`, `p.a.`). */
function periodRightAfter(text: string, range: readonly Amount[]): SalaryPeriod | undefined {
  const first = range[0] as Amount;
  const last = range.at(-1) as Amount;
  return periodIn(text.slice(first.end, last.end + 16));
}

/** True when the words around a range say it is pay; in prose it needs a label or a range with a period. */
function isPay(text: string, range: readonly Amount[], context: SalaryContext): boolean {
  if (range.some((amount) => amount.large)) return false;
  const first = range[0] as Amount;
  const last = range.at(-1) as Amount;
  const labelled = PAY_LABEL.test(text.slice(Math.max(0, first.start - 60), first.start));
  if (labelled) return true;
  if (NOT_PAY_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) return false;
  if (NOT_PAY_AFTER.test(text.slice(last.end, last.end + 30))) return false;
  if (context === 'field') return true;
  return range.length === 2 && periodRightAfter(text, range) !== undefined;
}

/** A range's bounds: `$120-150k` gives the lower end the upper end's `k`. */
function boundsOf(text: string, range: [Amount] | [Amount, Amount]): Pick<TextSalary, 'min' | 'max'> {
  const [first, second] = range;
  const scale = (amount: Amount) => amount.value * amount.multiplier;
  const sharesScale = second && first.multiplier === 1 && first.value < second.value;
  const low = sharesScale ? first.value * second.multiplier : scale(first);
  if (second) return { min: low, max: scale(second) };
  const before = text.slice(0, first.start);
  if (UP_TO.test(before)) return { max: low };
  if (AT_LEAST.test(before) || text.slice(first.end).trimStart().startsWith('+')) return { min: low };
  return { min: low, max: low };
}

/**
 * The first salary in `text` that is pay: amounts with a currency (or any amount when `knownCurrency`
 * is given), never one written with `M`, `million`, `bn` or `trillion`, nor one next to words of funding,
 * valuations, prices or market sizes (unless a pay label stands right before it). In `prose`, an amount
 * is pay only after a pay label (`Salary:`, `Compensation`, `Pay`) or as a range with a period
 * (`$21/hr-$24/hr`). Amounts are not scaled except by their own `k` or `L`.
 */
export function salaryInText(
  text: string,
  context: SalaryContext,
  knownCurrency?: string,
): TextSalary | undefined {
  const range = rangesIn(text).find(
    (candidate) => (knownCurrency || currencyOf(candidate)) && isPay(text, candidate, context),
  );
  if (!range) return undefined;
  const first = range[0];
  const last = range.at(-1) as Amount;
  const period =
    periodRightAfter(text, range) ??
    (context === 'field' ? periodIn(text.slice(Math.max(0, first.start - 20), last.end + 30)) : undefined);
  return { ...boundsOf(text, range), currency: knownCurrency ?? currencyOf(range), period };
}
