import { readJsonFile } from '@joblist/io';
import { parseJsonOrThrow, parseOrThrow } from './issues.ts';
import { type Snapshot, SnapshotSchema } from './snapshot.ts';

/** Parses and validates a snapshot's JSON text; errors name `shown` (where it came from), the record and the field. */
export function parseSnapshot(text: string, shown: string): Snapshot {
  return parseJsonOrThrow(SnapshotSchema, text, shown);
}

/** What a missing snapshot is reported as: which command makes it. */
export const SNAPSHOT_MISSING = 'not found; run `joblist fetch` first (it writes the snapshot)';

/** Reads and validates a snapshot file; errors name the file, the record index and the field. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const { shown, data } = await readJsonFile(file, SNAPSHOT_MISSING);
  return parseOrThrow(SnapshotSchema, data, shown);
}

/** Serialises a snapshot the one way every writer uses: two-space JSON and a final newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
