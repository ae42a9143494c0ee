/** A run of literal template text. */
export interface TextNode {
  type: 'text';
  value: string;
}

/** `{{ name | filter }}`: a value put in place, escaped for its kind. */
export interface SlotNode {
  type: 'slot';
  name: string;
  filters: string[];
  line: number;
}

/** `{{#name}}…{{/name}}` (once per item, or once when set) or `{{^name}}…{{/name}}` (when empty). */
export interface BlockNode {
  type: 'block';
  name: string;
  inverted: boolean;
  children: TemplateNode[];
  line: number;
}

/** One piece of a parsed template. */
export type TemplateNode = TextNode | SlotNode | BlockNode;

/** A template that cannot be read or used: the message names the file, line and slot. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

const TAG = /\{\{\s*([#^/!]?)([^{}]*?)\s*\}\}/gu;
const NAME = /^[A-Za-z][\w.]*$/u;

interface Tag {
  sigil: string;
  body: string;
  start: number;
  end: number;
}

/** True when the tag is alone on its line (only spaces around it): then the whole line is the tag's. */
function standaloneSpan(source: string, tag: Tag): { start: number; end: number } | undefined {
  const lineStart = source.lastIndexOf('\n', tag.start - 1) + 1;
  const newline = source.indexOf('\n', tag.end);
  const lineEnd = newline === -1 ? source.length : newline + 1;
  const before = source.slice(lineStart, tag.start);
  const after = source.slice(tag.end, newline === -1 ? source.length : newline);
  return /^[ \t]*$/u.test(before) && /^[ \t\r]*$/u.test(after)
    ? { start: lineStart, end: lineEnd }
    : undefined;
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (
    let index = source.indexOf('\n');
    index !== -1 && index < offset;
    index = source.indexOf('\n', index + 1)
  )
    line += 1;
  return line;
}

function scanTags(source: string, file: string): Tag[] {
  const tags: Tag[] = [];
  let covered = 0;
  for (const match of source.matchAll(TAG)) {
    const start = match.index ?? 0;
    const stray = source.indexOf('{{', covered);
    if (stray !== -1 && stray < start)
      throw new TemplateError(`${file}:${lineOf(source, stray)}: "{{" is never closed with "}}"`);
    tags.push({ sigil: match[1] ?? '', body: (match[2] ?? '').trim(), start, end: start + match[0].length });
    covered = start + match[0].length;
  }
  const stray = source.indexOf('{{', covered);
  if (stray !== -1)
    throw new TemplateError(`${file}:${lineOf(source, stray)}: "{{" is never closed with "}}"`);
  return tags;
}

/**
 * Parses a logic-less template: literal text with `{{ slot }}`, `{{ slot | filter }}`, blocks
 * `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`, and comments `{{! … }}`. A block or comment tag alone on
 * its line takes the whole line, so the template reads like the document it makes. Every other byte is
 * copied as written.
 */
export function parseTemplate(source: string, file: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const open: BlockNode[] = [];
  const current = () => open.at(-1)?.children ?? root;
  let cursor = 0;
  for (const tag of scanTags(source, file)) {
    const line = lineOf(source, tag.start);
    const span = tag.sigil === '' ? undefined : standaloneSpan(source, tag);
    const textEnd = span ? span.start : tag.start;
    if (textEnd > cursor) current().push({ type: 'text', value: source.slice(cursor, textEnd) });
    cursor = span ? span.end : tag.end;
    if (tag.sigil === '!') continue;
    const [name = '', ...filters] = tag.body.split('|').map((part) => part.trim());
    if (!NAME.test(name))
      throw new TemplateError(`${file}:${line}: "{{${tag.sigil}${tag.body}}}" is not a slot name`);
    if (tag.sigil === '') {
      current().push({ type: 'slot', name, filters, line });
    } else if (tag.sigil === '/') {
      const block = open.pop();
      if (block?.name !== name)
        throw new TemplateError(
          `${file}:${line}: "{{/${name}}}" closes no open block${block ? ` (open: "${block.name}" from line ${block.line})` : ''}`,
        );
    } else {
      if (filters.length > 0) throw new TemplateError(`${file}:${line}: block "${name}" takes no filters`);
      const block: BlockNode = { type: 'block', name, inverted: tag.sigil === '^', children: [], line };
      current().push(block);
      open.push(block);
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) throw new TemplateError(`${file}:${unclosed.line}: block "${unclosed.name}" is never closed`);
  if (cursor < source.length) root.push({ type: 'text', value: source.slice(cursor) });
  return root;
}
