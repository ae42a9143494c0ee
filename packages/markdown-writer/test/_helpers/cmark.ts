import { spawnSync } from 'node:child_process';

/** The cmark-gfm command line GitHub's rendering corresponds to: tables, autolinks, tag filter, strikethrough. */
const CMARK_ARGS = ['-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough', '-t', 'xml'];

/** True when `cmark-gfm` (GitHub's Markdown parser, Debian package `cmark-gfm`) can be run. */
export const cmarkAvailable = spawnSync('cmark-gfm', ['--version']).status === 0;

/** The message for `skipIf(!cmarkAvailable)`. */
export const cmarkMissingMessage =
  'cmark-gfm not found (apt-get install cmark-gfm); GitHub parser checks skipped';

/** One element of cmark-gfm's XML output (`text`, `strong`, `link`, `table_cell`…). */
export interface CmarkNode {
  name: string;
  attributes: Record<string, string>;
  children: CmarkNode[];
  /** The character data of a leaf (`text`, `code`, `html_inline`…). */
  value: string;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? whole;
  });
}

const TOKEN = /<\?[^>]*\?>|<!DOCTYPE[^>]*>|<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/gu;
const ATTRIBUTE = /([\w:]+)="([^"]*)"/gu;

/** Reads cmark-gfm's XML (one document, no mixed content beyond leaf text) into a tree. */
export function parseCmarkXml(xml: string): CmarkNode {
  const root: CmarkNode = { name: '#root', attributes: {}, children: [], value: '' };
  const stack = [root];
  for (const [, closing, name, attributes, selfClosing, text] of xml.matchAll(TOKEN)) {
    const parent = stack.at(-1) as CmarkNode;
    if (text !== undefined) parent.value += decodeXml(text);
    else if (name === undefined) continue;
    else if (closing) stack.pop();
    else {
      const node: CmarkNode = { name, attributes: {}, children: [], value: '' };
      for (const [, key, value] of (attributes ?? '').matchAll(ATTRIBUTE))
        node.attributes[key as string] = decodeXml(value ?? '');
      parent.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  return root;
}

/** Parses `markdown` with cmark-gfm as GitHub does and returns the document element. */
export function cmarkParse(markdown: string): CmarkNode {
  const result = spawnSync('cmark-gfm', CMARK_ARGS, {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  const document = parseCmarkXml(result.stdout).children[0];
  if (document?.name !== 'document') throw new Error('cmark-gfm: no document element');
  return document;
}

/** Every element under `node`, depth first. */
export function cmarkDescendants(node: CmarkNode): CmarkNode[] {
  return node.children.flatMap((child) => [child, ...cmarkDescendants(child)]);
}

/** The text of `node` as a reader sees it: its `text` leaves joined. */
export function cmarkText(node: CmarkNode): string {
  return node.name === 'text' ? node.value : node.children.map(cmarkText).join('');
}

/** The child elements of `node` without empty `text` leaves (cmark-gfm leaves some around links). */
export function cmarkContent(node: CmarkNode): CmarkNode[] {
  return node.children.filter((child) => !(child.name === 'text' && child.value === ''));
}
