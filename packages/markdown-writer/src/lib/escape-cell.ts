/**
 * Where a cell's text sits: `inline` in a plain cell or inside `**[text](url)**` (emphasis inside a
 * link label is resolved within the label), `bold` directly inside `**text**`, where a `*` or `~` of
 * the text would interfere with the surrounding delimiters.
 */
export type CellContext = 'inline' | 'bold';

/** One ASCII punctuation character: what a backslash can escape in Markdown. */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

/**
 * An invisible word joiner (U+2060, written as its character reference) that the escaper puts where
 * GitHub would otherwise start an autolink literal: after `@` (e-mail), inside `www.` and `://`.
 * Job text never holds one (the schema strips zero-width characters), so a reader drops it again.
 */
export const LINK_BREAK = '&#8288;';

/** The character {@link LINK_BREAK} stands for. */
export const WORD_JOINER = '\u2060';

/** An HTML character reference (`&amp;`, `&#38;`, `&#x26;`): its `&` is escaped. */
const ENTITY = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/uy;

/** Where an autolink literal would start: the `@` of an e-mail address, `www.`, or `://`. */
const AUTOLINK_BREAKS = /(?<=@)(?=\S)|(?<=www)(?=\.)|(?<=:)(?=\/\/)/giu;

/** Text without these reads as itself once `|`, `[`, `]` and backslashes are escaped. */
const MAYBE_MARKUP = /[\\`*_~<&$@:]|www\./iu;

const WHITESPACE = /\s/u;
/** Letters, digits and marks: never punctuation under any CommonMark version (unlike symbols). */
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Punctuation under every CommonMark version. */
const PUNCTUATION = /[!-/:-@[-`{-~\p{P}]/u;

/** A neighbour's class; the text's ends may touch a space, a `|`, a `[` or `*`, so they count as both. */
const isSpace = (char: string | undefined) => char === undefined || WHITESPACE.test(char);
const isPunctuation = (char: string | undefined) => char === undefined || PUNCTUATION.test(char);
const maybePunctuation = (char: string | undefined) =>
  char === undefined || (!WHITESPACE.test(char) && !WORD.test(char));

/**
 * Characters next to which remark (micromark) lets a delimiter run open (before one) or close (after
 * one) whatever CommonMark's flanking rules say: its attention markers, `~` with GFM strikethrough.
 * All three delimiters count, to stay conservative.
 */
const ATTENTION_MARKERS = new Set(['*', '_', '~']);

/** True when a delimiter run between `before` and `after` may be left-flanking (may open emphasis). */
function mayOpen(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined || WHITESPACE.test(after)) return false;
  return ATTENTION_MARKERS.has(after) || !isPunctuation(after) || isSpace(before) || maybePunctuation(before);
}

/** True when a delimiter run between `before` and `after` may be right-flanking (may close emphasis). */
function mayClose(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || WHITESPACE.test(before)) return false;
  return ATTENTION_MARKERS.has(before) || !isPunctuation(before) || isSpace(after) || maybePunctuation(after);
}

/**
 * True when `delimiter` (`*`, `_` or `~`) could pair up into emphasis or strikethrough in `chars`:
 * some run that may open comes before another that may close. Conservative on purpose: the
 * "multiple of 3" rule, run lengths and the CommonMark version's idea of punctuation are not relied on.
 */
function mayPair(chars: readonly string[], delimiter: string): boolean {
  let opened = false;
  for (let index = 0; index < chars.length; ) {
    if (chars[index] !== delimiter) {
      index += 1;
      continue;
    }
    let end = index;
    while (chars[end] === delimiter) end += 1;
    const before = chars[index - 1];
    const after = chars[end];
    const intraword = delimiter === '_';
    const closes = mayClose(before, after) && !(intraword && WORD.test(after ?? ''));
    if (opened && closes) return true;
    if (mayOpen(before, after) && !(intraword && WORD.test(before ?? ''))) opened = true;
    index = end;
  }
  return false;
}

const count = (chars: readonly string[], char: string) => chars.filter((c) => c === char).length;

/** The optional characters `text` needs escaped everywhere in it, given its context. */
function delimitersToEscape(chars: readonly string[], context: CellContext): Set<string> {
  const escaped = new Set<string>();
  for (const delimiter of ['*', '_', '~']) {
    // Directly inside `**…**`, a `*` merges with the delimiters and a lone `~` breaks them (cmark-gfm).
    const forced = delimiter !== '_' && context === 'bold';
    if (chars.includes(delimiter) && (forced || mayPair(chars, delimiter))) escaped.add(delimiter);
  }
  // A code span needs two backtick runs, math (GitHub) two dollar signs.
  for (const paired of ['`', '$']) if (count(chars, paired) >= 2) escaped.add(paired);
  return escaped;
}

/**
 * Escapes one table cell's text (single-line, as the Job schema makes it) so that GitHub (cmark-gfm)
 * and remark read it back as exactly this text, with no markup from the data, writing it as close to
 * the original as it can:
 * - `|`, `[` and `]` always (as the reference does), which rules out links, images and footnotes;
 * - a backslash before punctuation or at the end; `&` of a character reference; `<` before anything but
 *   a space (HTML, autolinks);
 * - `*`, `_`, `~` only where two runs could pair into emphasis or strikethrough (every `*` and `~`
 *   in `bold`);
 *   backticks and `$` when there are two or more (code spans, math);
 * - a {@link LINK_BREAK} where an autolink literal would begin (`a@b.c`, `www.`, `https://`).
 * `React*`, `C # 91`, `805 ~ 1151` and `PHP & Laravel` stay byte for byte. Proved against both parsers
 * by property tests (`test/escape-cell.property.test.ts`), so nothing is parsed at run time.
 */
export function escapeCellText(text: string, context: CellContext = 'inline'): string {
  const plain = !MAYBE_MARKUP.test(text);
  if (plain && !/[|[\]]/u.test(text)) return text;
  const chars = Array.from(text);
  const optional = plain ? new Set<string>() : delimitersToEscape(chars, context);
  let out = '';
  let offset = 0;
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] as string;
    const next = chars[index + 1];
    ENTITY.lastIndex = offset;
    const needsEscape =
      char === '|' ||
      char === '[' ||
      char === ']' ||
      optional.has(char) ||
      (char === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) ||
      (char === '&' && ENTITY.test(text)) ||
      (char === '<' && next !== undefined && !WHITESPACE.test(next));
    out += needsEscape ? `\\${char}` : char;
    offset += char.length;
  }
  return plain ? out : out.replace(AUTOLINK_BREAKS, LINK_BREAK);
}
