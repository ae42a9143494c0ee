import type { PhrasingContent, Table } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { markdownParser } from './parser.ts';

/** Where a cell's text sits: inside `**[text](url)**` (company, position) or bare (location, type, date). */
export type CellContext = 'linked' | 'plain';

/** Characters escaped only when the text would otherwise not read back as itself, tried in this order. */
const ESCALATION = ['&', '<', '`', '*', '_', '~', '\\', '!', ':', '@', '.', '/'] as const;

/** One ASCII punctuation character: what a backslash can escape in Markdown. */
export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

/** Text without these can only be read as markup through `|`, `[`, `]` and backslashes, which are always escaped. */
const MAYBE_MARKUP = /[\\`*_~<&!]|www\.|https?:|@/iu;

/**
 * Escapes `text` with the given optional characters: `|`, `[` and `]` always, a backslash when it
 * would escape what follows it (or ends the text), and each character of `optional` everywhere.
 */
function escapeWith(text: string, optional: ReadonlySet<string>): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    const next = text[index + 1];
    const always = char === '|' || char === '[' || char === ']';
    const backslash = char === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next));
    out += always || backslash || optional.has(char) ? `\\${char}` : char;
  }
  return out;
}

/**
 * True when nodes are plain text or GFM autolink literals (`www.…`, `a@b.c`): with `[` and `]` always
 * escaped, no other kind of link can appear, and an autolink literal shows its own source text.
 */
function isPlain(nodes: readonly PhrasingContent[]): boolean {
  return nodes.every((node) => node.type === 'text' || (node.type === 'link' && isPlain(node.children)));
}

/** Parses one candidate cell the way GitHub would and says whether it reads back as `text`. */
function readsBackAs(candidate: string, text: string, context: CellContext): boolean {
  const cell = context === 'linked' ? `**[${candidate}](u)**` : candidate;
  const tree = markdownParser.parse(`| h |\n| - |\n| ${cell} |\n`);
  const table = tree.children[0] as Table | undefined;
  const nodes = table?.type === 'table' ? table.children[1]?.children[0]?.children : undefined;
  if (!nodes) return false;
  if (context === 'plain') return isPlain(nodes) && nodeText({ type: 'paragraph', children: nodes }) === text;
  const [strong] = nodes;
  if (nodes.length !== 1 || strong?.type !== 'strong' || strong.children.length !== 1) return false;
  const [link] = strong.children;
  return link?.type === 'link' && link.url === 'u' && isPlain(link.children) && nodeText(link) === text;
}

/**
 * Escapes a table cell's text as little as possible: `|`, `[` and `]` always (as the reference does);
 * `&`, `<`, backticks, `*`, `_`, `~` and the rest only when, left alone, GitHub would read them as
 * markup (an entity, HTML, code, emphasis…). Each candidate is checked by parsing it back.
 */
export function escapeCellText(text: string, context: CellContext): string {
  const optional = new Set<string>();
  let candidate = escapeWith(text, optional);
  if (!MAYBE_MARKUP.test(text)) return candidate;
  for (const char of ESCALATION) {
    if (readsBackAs(candidate, text, context)) return candidate;
    if (text.includes(char)) {
      optional.add(char);
      candidate = escapeWith(text, optional);
    }
  }
  if (readsBackAs(candidate, text, context)) return candidate;
  const everything = [...text].filter((char) => ASCII_PUNCTUATION.test(char));
  return escapeWith(text, new Set(everything));
}
