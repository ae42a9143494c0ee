import { ASCII_PUNCTUATION } from './escape-cell.ts';

const ENTITY = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/u;

function hasBalancedParentheses(url: string): boolean {
  let depth = 0;
  for (const char of url) {
    if (char === '(') depth += 1;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The characters {@link linkDestination} may escape. */
const NEEDS_LOOK = /[|\\&()]/u;

/**
 * Writes a link destination raw, as the reference does (`&` and `?` unescaped), escaping only what
 * would change it: `|` (a table cell boundary), a backslash before punctuation, `&` that would form an
 * entity, and parentheses when unbalanced.
 */
export function linkDestination(url: string): string {
  if (!NEEDS_LOOK.test(url)) return url; // most URLs have none of the characters that may need a backslash
  const escapeParentheses = !hasBalancedParentheses(url);
  let out = '';
  for (let index = 0; index < url.length; index += 1) {
    const char = url[index] as string;
    const needsEscape =
      char === '|' ||
      (char === '\\' && ASCII_PUNCTUATION.test(url[index + 1] ?? '')) ||
      (char === '&' && ENTITY.test(url.slice(index))) ||
      (escapeParentheses && (char === '(' || char === ')'));
    out += needsEscape ? `\\${char}` : char;
  }
  return out;
}
