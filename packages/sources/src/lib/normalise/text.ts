import { decodeHTML } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

type HastRoot = ReturnType<typeof fromHtml>;
type HastNode = HastRoot | HastRoot['children'][number];

/** An HTML tag: `<p>`, `</div>`, `<br/>`, `<a href="…">`. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/iu;

/** An HTML character reference: `&amp;`, `&#39;`, `&#x2F;`. */
const HTML_ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/iu;

/** Decodes HTML character references (`CI&amp;T` → `CI&T`, `&#8217;` → `’`); other text is unchanged. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** Puts `- ` before each list item so lists stay readable once the markup is gone. */
function markListItems(node: HastNode): void {
  if (!('children' in node)) return;
  if (node.type === 'element' && node.tagName === 'li') {
    node.children.unshift({ type: 'text', value: '- ' });
  }
  for (const child of node.children) markListItems(child);
}

function parseToText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  markListItems(tree);
  return toText(tree);
}

/**
 * Converts HTML to plain text: block elements (paragraphs, headings, list items, `<br>`) become line
 * breaks, list items start with `- `, entities are decoded, scripts and styles dropped. Entity-escaped
 * HTML (`&lt;p&gt;Hi&lt;/p&gt;`, as Greenhouse sends it) is unescaped and converted too. Trailing
 * spaces are removed from each line and at most one blank line is kept between paragraphs.
 */
export function htmlToText(html: string): string {
  let text = parseToText(html);
  if (HTML_TAG.test(text)) text = parseToText(text);
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[^\S\n]+$/gmu, '')
    .replace(/^[^\S\n]+(?=\S)/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** CP1252 characters for bytes 0x80–0x9F (where it differs from Latin-1); index = byte − 0x80. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for when UTF-8 was read as CP1252 or Latin-1, or `undefined`. */
function mojibakeByte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  const cp1252 = CP1252_HIGH.indexOf(char);
  if (cp1252 >= 0) return 0x80 + cp1252;
  return code <= 0xff ? code : undefined;
}

/** Characters standing for a UTF-8 continuation byte (0x80–0xBF) read as CP1252 or Latin-1. */
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/gu, '')}]`;

/** One UTF-8 multi-byte sequence read as CP1252/Latin-1: a lead byte and its continuation bytes. */
const MOJIBAKE_SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  'gu',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one suspected sequence back to its character, or returns it unchanged if it is not valid UTF-8. */
function repairSequence(sequence: string): string {
  const bytes = Uint8Array.from([...sequence], (char) => mojibakeByte(char) ?? 0);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return sequence;
  }
}

/**
 * Repairs UTF-8 text that was decoded as Latin-1 or CP1252 (`FlorianÃ³polis` → `Florianópolis`,
 * `Ã©` → `é`, `â€™` → `’`). Each suspicious character sequence is replaced only when its bytes form
 * valid UTF-8, so correct text (`Café`, `naïve`, `São Paulo`) is left alone; text encoded twice is
 * repaired twice.
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const repaired = current.replace(MOJIBAKE_SEQUENCE, repairSequence);
    if (repaired === current) break;
    current = repaired;
  }
  return current;
}

/** Control characters other than line breaks and tabs, zero-width spaces and byte-order marks. */
const INVISIBLE = /(?![\t\n\r\f])\p{Cc}|[\u200B\u2060\uFEFF]/gu;

/** Text of a string or number; anything else (null, objects) is empty. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Entity-decoding passes after the HTML conversion: enough for text encoded four times over. */
const MAX_DECODE_PASSES = 3;

/**
 * Decodes entities left in converted text (`&amp;amp;` in the raw HTML leaves `&amp;`) until none is
 * left or {@link MAX_DECODE_PASSES} passes are done; the bound keeps hostile input from looping.
 */
function decodeUntilStable(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_DECODE_PASSES && HTML_ENTITY.test(current); pass++) {
    current = decodeEntities(current);
  }
  return current;
}

/**
 * Plain text of a raw value. Mojibake is repaired before anything else (so a broken `Â` + no-break space
 * is not split by whitespace handling) and again at the end (for mojibake hidden behind entities).
 * Text with tags goes through {@link htmlToText}; text with only entities is decoded first (keeping its
 * line breaks), and converted too if that reveals escaped tags (`&lt;p&gt;`). Entities still left
 * (double-encoded: `&amp;amp;`) are decoded until stable.
 */
function plainText(value: unknown): string {
  let text = repairMojibake(asText(value));
  if (!HTML_TAG.test(text) && HTML_ENTITY.test(text)) text = decodeEntities(text);
  if (HTML_TAG.test(text)) text = htmlToText(text);
  return repairMojibake(decodeUntilStable(text));
}

/**
 * Cleans a one-line field (title, company, location): tags stripped, entities decoded, mojibake
 * repaired, invisible characters removed, whitespace runs collapsed to one space, ends trimmed.
 * Strings and numbers are accepted; any other value gives `''`.
 */
export function cleanText(value: unknown): string {
  const text = asText(value);
  // Most titles, names and places are printable ASCII without `<` or `&`: no tag, entity, mojibake or
  // invisible character can be in them, and the only whitespace is the space.
  if (PRINTABLE_ASCII.test(text)) return text.replace(/ {2,}/gu, ' ').trim();
  return cleanTextFully(text);
}

/** Printable ASCII but `&` and `<`: text {@link cleanText} only has to collapse spaces in. */
const PRINTABLE_ASCII = /^[\x20-\x25\x27-\x3b\x3d-\x7e]*$/u;

/** {@link cleanText} the whole way, for any text (exported for the test that proves the shortcut). */
export function cleanTextFully(value: unknown): string {
  return plainText(value).replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Cleans a description given as HTML (or plain text): converted with {@link htmlToText}, mojibake
 * repaired, invisible characters removed, ends trimmed. Returns `undefined` when nothing is left.
 */
export function cleanDescription(value: unknown): string | undefined {
  const text = plainText(value).replace(INVISIBLE, '').trim();
  return text === '' ? undefined : text;
}
