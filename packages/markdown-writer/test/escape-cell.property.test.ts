import { singleLine, stripUnsafe } from '@joblist/core-model';
import fc from 'fast-check';
import type { Nodes, Table } from 'mdast';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dropLinkBreaks, escapeCellText, markdownParser } from '../src/index.ts';
import {
  type CmarkNode,
  cmarkAvailable,
  cmarkContent,
  cmarkMissingMessage,
  cmarkParse,
} from './_helpers/cmark.ts';

/** One inline node of either parser, reduced to what the checks look at. */
interface Inline {
  type: string;
  url?: string;
  value?: string;
  children: Inline[];
}

const fromCmark = (node: CmarkNode): Inline => ({
  type: node.name,
  url: node.attributes.destination,
  value: node.value,
  children: cmarkContent(node).map(fromCmark),
});

const fromMdast = (node: Nodes): Inline => ({
  type: node.type,
  url: 'url' in node ? node.url : undefined,
  value: 'value' in node ? node.value : undefined,
  children: 'children' in node ? node.children.map(fromMdast) : [],
});

/** The text of nodes that must all be plain text (no emphasis, code, HTML, link or image), link breaks dropped. */
function plainText(nodes: readonly Inline[]): string {
  const kinds = nodes.map((node) => node.type).filter((type) => type !== 'text');
  if (kinds.length > 0) return `<markup: ${kinds.join(', ')}>`;
  return dropLinkBreaks(nodes.map((node) => node.value ?? '').join(''));
}

/** What a cell holds: `**[text](url)**`, `**text**` or text, read back as a string to compare. */
function readCell(nodes: readonly Inline[], kind: 'linked' | 'bold' | 'plain', url: string): string {
  if (kind === 'plain') return plainText(nodes);
  const [strong] = nodes;
  if (nodes.length !== 1 || strong?.type !== 'strong') return `<not strong: ${nodes.map((n) => n.type)}>`;
  if (kind === 'bold') return plainText(strong.children);
  const [link] = strong.children;
  if (strong.children.length !== 1 || link?.type !== 'link') return '<not a link>';
  return link.url === url ? plainText(link.children) : `<link to ${link.url}>`;
}

/**
 * Single characters that mean something in Markdown, HTML, GFM tables or autolinks, a few non-ASCII ones
 * and invisible ones a posting may hold (zero-width space and joiner, left-to-right mark, BOM).
 */
const MARKUP_CHARACTERS = Array.from('|[]()*_~`<>&#!\\/:.@-+=$;"\' aB7é🚀“€–\u200b\u200d\u200e\ufeff');
/** Longer snippets: autolink starts, entities, tags, delimiter runs. */
const MARKUP_SNIPPETS =
  'www. WWW. http:// https:// ftp:// mailto: root@evil.example &amp; &#x20; &#64; <iframe> </details> <!-- ** __ ~~ `` \\\\'.split(
    ' ',
  );
/** Markdown, HTML, autolink and table syntax, plus non-ASCII text, as the pieces of a cell. */
const piece = fc.constantFrom(...MARKUP_CHARACTERS, ...MARKUP_SNIPPETS, '<img src=//evil.example/p.png>');
/** Cell texts as the Job schema leaves a title: one line, trimmed, nothing that reorders text; never empty. */
const cellText = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((pieces) => v.parse(singleLine(300, stripUnsafe), pieces.join('')))
  .filter((text) => text !== '');

const ROWS = 80;
const urlOf = (row: number) => `https://joblist.example/jobs/${row}`;

/** One table with a linked, a bold and a plain cell per text, as the writer renders them. */
function tableOf(texts: readonly string[]): string {
  const rows = texts.map(
    (text, row) =>
      `| **[${escapeCellText(text, 'link')}](${urlOf(row)})** | **${escapeCellText(text, 'bold')}** | ${escapeCellText(text)} |`,
  );
  return ['| Linked | Bold | Plain |', '| - | - | - |', ...rows].join('\n');
}

/** Reads every row back: each cell must hold exactly its text, in exactly the expected markup. */
function expectReadsBack(texts: readonly string[], rows: readonly Inline[][][]): void {
  expect(rows).toHaveLength(texts.length);
  rows.forEach((cells, row) => {
    const text = texts[row] as string;
    expect(cells).toHaveLength(3);
    const [linked = [], bold = [], plain = []] = cells;
    expect({ row, linked: readCell(linked, 'linked', urlOf(row)) }).toEqual({ row, linked: text });
    expect({ row, bold: readCell(bold, 'bold', urlOf(row)) }).toEqual({ row, bold: text });
    expect({ row, plain: readCell(plain, 'plain', urlOf(row)) }).toEqual({ row, plain: text });
  });
}

describe('escapeCellText, proved against the parsers instead of parsing at run time', () => {
  it('reads back as exactly its text in remark (remark-gfm)', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: ROWS, maxLength: ROWS }), (texts) => {
        const table = markdownParser.parse(tableOf(texts)).children[0] as Table;
        expect(table.type).toBe('table');
        const rows = table.children
          .slice(1)
          .map((row) => row.children.map((cell) => cell.children.map(fromMdast)));
        expectReadsBack(texts, rows);
      }),
      { numRuns: 25 },
    );
  });

  it.skipIf(!cmarkAvailable)('reads back as exactly its text in cmark-gfm, GitHub’s parser', () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: ROWS, maxLength: ROWS }), (texts) => {
        const [table] = cmarkParse(tableOf(texts)).children;
        expect(table?.name).toBe('table');
        const rows = (table?.children ?? [])
          .filter((row) => row.name === 'table_row')
          .map((row) => row.children.map((cell) => cmarkContent(cell).map(fromCmark)));
        expectReadsBack(texts, rows);
      }),
      { numRuns: 60 },
    );
  });

  if (!cmarkAvailable) console.warn(cmarkMissingMessage);
});
