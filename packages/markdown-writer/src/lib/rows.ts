import type { Root, Table } from 'mdast';

/** The first table of a parsed README (the openings table), if any. */
export function firstTable(tree: Root): Table | undefined {
  return tree.children.find((node): node is Table => node.type === 'table');
}

/** A job row of the openings table as this format writes it: its Company cell is bold. */
const JOB_ROW = /^\| \*\*/u;

/**
 * Counts the job rows of a job-list README without parsing it: the lines this format writes for a job
 * (`| **Company…** | … |`, one line each); 0 when it has none.
 */
export function countJobRows(markdown: string): number {
  let rows = 0;
  for (const line of markdown.split('\n')) if (JOB_ROW.test(line)) rows += 1;
  return rows;
}
