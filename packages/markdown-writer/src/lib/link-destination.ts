/**
 * The characters of a URL that Markdown (or GitHub's math) reads specially inside `(…)`, each written
 * percent-encoded instead, so that no nesting depth, backtick or dollar count changes what GitHub reads:
 * - `(` `)`: cmark-gfm gives up a link whose destination nests parentheses 33 or more deep;
 * - `` ` ``: a backtick of the link text would pair with it into a code span across `](`;
 * - `$`: likewise into inline math (GitHub's `$…$`);
 * - `<` `>`: raw HTML, and `<…>` is the other destination form;
 * - `|`: a table cell boundary; `\`: a backslash escape;
 * - spaces and control characters: they end the destination.
 * A browser resolves each encoded form to the same resource (it percent-encodes most of them itself).
 */
const MARKDOWN_SPECIAL = /[\s\p{Cc}`$<>()|\\]/gu;

const UTF8 = new TextEncoder();
const ENCODED = new Map<string, string>();

/** `char` as `%XX` per UTF-8 byte (remembered: a hostile URL repeats a few characters many times). */
function percentEncoded(char: string): string {
  let encoded = ENCODED.get(char);
  if (encoded === undefined) {
    encoded = Array.from(
      UTF8.encode(char),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join('');
    ENCODED.set(char, encoded);
  }
  return encoded;
}

/**
 * A URL as a link destination carries it: the characters Markdown reads specially (see
 * {@link MARKDOWN_SPECIAL}) percent-encoded, every other byte as it is. What the importer reads back.
 */
export function encodeDestination(url: string): string {
  return url.replace(MARKDOWN_SPECIAL, percentEncoded);
}

/** An `&` that, with what follows, would read as an HTML character reference (`&amp;`, `&#38;`). */
const ENTITY_AMPERSAND = /&(?=#\d{1,7};|#[xX][\dA-Fa-f]{1,6};|[A-Za-z][A-Za-z\d]{0,31};)/gu;

/**
 * Writes a link destination as the reference does (`&` and `?` raw): {@link encodeDestination}, and an
 * `&` that would otherwise read as a character reference written as one, `&amp;` (percent-encoding
 * cannot do it: `%26` would change the query; nor can a backslash: cmark-gfm decodes character
 * references in a destination before backslash escapes, so `\&amp;` reads as `&`).
 */
export function linkDestination(url: string): string {
  return encodeDestination(url).replace(ENTITY_AMPERSAND, '&amp;');
}
