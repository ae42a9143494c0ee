import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseOrThrow, type Snapshot, SnapshotSchema } from '@joblist/core-model';

/** Parses and validates a snapshot's JSON text; errors name `shown` (where it came from), the record and the field. */
export function parseSnapshot(text: string, shown: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${shown}: ${(error as Error).message}`);
  }
  return parseOrThrow(SnapshotSchema, data, shown);
}

/** Reads and validates a snapshot file; errors name the file, the record index and the field. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${shown}: ${(error as Error).message}`);
  }
  return parseSnapshot(text, shown);
}

/** Serialises a snapshot the one way every writer uses: two-space JSON and a final newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
