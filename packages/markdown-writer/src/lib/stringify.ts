import type { Root, Table } from 'mdast';
import type { Handlers, Info, Join, Options, State } from 'mdast-util-to-markdown';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { ASCII_PUNCTUATION, escapeCellText } from './escape-cell.ts';

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const ENTITY = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/u;

function hasBalancedParentheses(url: string): boolean {
  let depth = 0;
  for (const char of url) {
    if (char === '(') depth += 1;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Writes a link destination raw, as the reference does (`&` and `?` unescaped), escaping only what
 * would change it: `|` (a table cell boundary), a backslash before punctuation, `&` that would form an
 * entity, and parentheses when unbalanced.
 */
export function linkDestination(url: string): string {
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

const handlers: Partial<Handlers> = {
  break: () => '  \n',
  link(node, _parent, state, info) {
    // An e-mail address written bare, as GitHub autolinks it (GFM autolink literal).
    const label = nodeText(node);
    if (node.url === `mailto:${label}` && EMAIL.test(label)) return label;
    const exit = state.enter('link');
    const exitLabel = state.enter('label');
    const tracker = state.createTracker(info);
    let value = tracker.move('[');
    value += tracker.move(state.containerPhrasing(node, { before: value, after: ']', ...tracker.current() }));
    exitLabel();
    value += tracker.move(`](${linkDestination(node.url)})`);
    exit();
    return value;
  },
  text(node, _parent, state, info) {
    if (!state.stack.includes('tableCell')) return state.safe(node.value, info);
    return escapeCellText(node.value, state.stack.includes('link') ? 'linked' : 'plain');
  },
  table(node: Table, _parent: unknown, state: State, info: Info) {
    const tracker = state.createTracker(info);
    const exit = state.enter('table');
    const rows = node.children.map((row) => {
      const exitRow = state.enter('tableRow');
      const cells = row.children.map((cell) => {
        const exitCell = state.enter('tableCell');
        const value = state.containerPhrasing(cell, { ...tracker.current(), before: '| ', after: ' |' });
        exitCell();
        return value;
      });
      exitRow();
      return `| ${cells.join(' | ')} |`;
    });
    exit();
    const columns = node.children[0]?.children.length ?? 0;
    const rules = node.data?.rules ?? Array.from({ length: columns }, () => '---');
    return [rows[0] ?? '', `| ${rules.join(' | ')} |`, ...rows.slice(1)].join('\n');
  },
};

/** Honours `data.blankLinesBefore` on a block. */
const joinByData: Join = (_left, right) => right.data?.blankLinesBefore;

/** The serialiser settings of a job-list document; `emphasis` differs between README (`_`) and archive (`*`). */
function stringifyOptions(emphasis: '_' | '*'): Options {
  return {
    bullet: '-',
    emphasis,
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    handlers,
    join: [joinByData],
  };
}

/** Serialises a job-list mdast tree to Markdown in the reference format. */
export function toReferenceMarkdown(tree: Root, emphasis: '_' | '*'): string {
  return unified().use(remarkGfm).use(remarkStringify, stringifyOptions(emphasis)).stringify(tree);
}
