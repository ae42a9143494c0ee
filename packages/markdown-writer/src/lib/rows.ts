import type { Root, Table } from 'mdast';
import { markdownParser } from './parser.ts';

/** The first table of a parsed README (the openings table), if any. */
export function firstTable(tree: Root): Table | undefined {
  return tree.children.find((node): node is Table => node.type === 'table');
}

/** Counts the job rows of a job-list README (table rows after the header); 0 when it has no table. */
export function countJobRows(markdown: string): number {
  const table = firstTable(markdownParser.parse(markdown));
  return table ? table.children.length - 1 : 0;
}
