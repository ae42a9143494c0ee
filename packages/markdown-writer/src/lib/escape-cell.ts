/**
 * Where a cell's text sits: `link` inside the brackets of `**[text](url)**` or `**[text]()**` (emphasis
 * inside a link's text is resolved within it, and neither cmark-gfm nor remark autolinks there),
 * `inline` in a plain cell, `bold` directly inside `**text**`, where a `*` or `~` of the text would
 * interfere with the surrounding delimiters.
 */
export type CellContext = 'link' | 'inline' | 'bold';

/** One ASCII punctuation character: what a backslash can escape in Markdown. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

/**
 * An invisible word joiner (U+2060, written as its character reference) that the escaper puts where
 * GitHub would otherwise start an autolink literal outside link text (see {@link AUTOLINK_BREAKS}).
 * The importer drops it again there, and only there.
 */
export const LINK_BREAK = '&#8288;';

/** The character {@link LINK_BREAK} stands for. */
export const WORD_JOINER = '\u2060';

/** A word joiner where {@link escapeCellText} puts one: after `@`, inside `www.` and `://`. */
const WRITTEN_BREAKS = /(?<=@)\u2060|(?<=www)\u2060(?=\.)|(?<=:)\u2060(?=\/\/)/giu;

/**
 * Text as it was before {@link escapeCellText} broke its autolinks: the word joiners it puts in are
 * removed, one a posting holds elsewhere stays.
 */
export function dropLinkBreaks(text: string): string {
  return text.includes(WORD_JOINER) ? text.replace(WRITTEN_BREAKS, '') : text;
}

/** An HTML character reference (`&amp;`, `&#38;`, `&#x26;`): its `&` is escaped. */
const ENTITY = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/uy;

/**
 * Where an autolink literal would start outside link text, matched on the escaped text; the union of
 * cmark-gfm's autolink extension and remark-gfm's rules (so GitHub and the importer agree):
 * - an e-mail address: an `@` right after a local-part character (`[A-Za-z0-9.+_-]`) and before a
 *   domain holding a `.` and, after it, a letter or digit: `root@evil.example`, but not
 *   `@Thessaloniki`, `Dev @ Acme` or `a@b` (both parsers need both sides and a dot);
 * - `www.` in any case (cmark-gfm: lower case only) not preceded by a letter, digit or mark (cmark-gfm:
 *   at the start or after whitespace, `(`, `*`, `_`, `~`; remark: after any whitespace or punctuation);
 * - `://` after `http`, `https` or `ftp` in any case that no ASCII letter precedes (`xhttp://` is none).
 */
const AUTOLINK_BREAKS =
  /(?<=[\w.+-]@)(?=[\w.@\\-]*\.[\w\\-]*[A-Za-z\d])|(?<=(?<![\p{L}\p{N}\p{M}])www)(?=\.)|(?<=(?<![A-Za-z])(?:https?|ftp):)(?=\/\/)/giu;

/**
 * Characters a cell never shows: those that reorder the text around them (bidi embeddings, overrides
 * and isolates, U+202A–U+202E, U+2066–U+2069), control characters (a line break would end the table
 * row), lone surrogates and noncharacters. The schema removes them from job text already; this keeps
 * the table whole for any input. Zero-width spaces, joiners and direction marks (U+200E) stay.
 */
const NEVER_SHOWN = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\u202A-\u202E\u2066-\u2069]/gu;

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

/**
 * True when GitHub could read inline math in `chars`: a `$` not followed by whitespace (or the end)
 * opens, a later `$` not preceded by whitespace closes, with something between (GitHub's documented
 * `$…$`; its `$$…$$` and `` $`…`$ `` forms are such pairs too). `Expert- $206K – $223K` and
 * `$15 - $17.00` open nothing: each second `$` follows a space.
 */
function mayOpenMath(chars: readonly string[]): boolean {
  let opener = -1;
  for (let index = 0; index < chars.length; index += 1) {
    if (chars[index] !== '$') continue;
    if (opener >= 0 && index >= opener + 2 && !WHITESPACE.test(chars[index - 1] ?? ' ')) return true;
    const next = chars[index + 1];
    if (opener < 0 && next !== undefined && !WHITESPACE.test(next)) opener = index;
  }
  return false;
}

/** The optional characters `text` needs escaped everywhere in it, given its context. */
function delimitersToEscape(chars: readonly string[], context: CellContext): Set<string> {
  const escaped = new Set<string>();
  for (const delimiter of ['*', '_', '~']) {
    // Directly inside `**…**`, a `*` merges with the delimiters and a lone `~` breaks them (cmark-gfm).
    const forced = delimiter !== '_' && context === 'bold';
    if (chars.includes(delimiter) && (forced || mayPair(chars, delimiter))) escaped.add(delimiter);
  }
  // A code span needs two backtick runs in the cell (a link destination never holds one: it is
  // percent-encoded), GitHub's math a `$` pair as mayOpenMath says; then every one is escaped.
  if (count(chars, '`') >= 2) escaped.add('`');
  if (mayOpenMath(chars)) escaped.add('$');
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
 *   backticks when there are two or more (a code span), `$` where GitHub would open math;
 * - outside link text, a {@link LINK_BREAK} where an autolink literal would begin (`a@b.c`, `www.`,
 *   `https://`); link text is never autolinked, so `Developer @Thessaloniki` stays as it is;
 * - {@link NEVER_SHOWN} characters removed.
 * `React*`, `C # 91`, `805 ~ 1151`, `PHP & Laravel` and `$15 - $17.00` stay byte for byte. Proved
 * against both parsers by property tests (`test/escape-cell.property.test.ts`), so nothing is parsed
 * at run time.
 */
export function escapeCellText(raw: string, context: CellContext = 'inline'): string {
  const text = raw.replace(NEVER_SHOWN, '');
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
  return plain || context === 'link' ? out : out.replace(AUTOLINK_BREAKS, LINK_BREAK);
}
