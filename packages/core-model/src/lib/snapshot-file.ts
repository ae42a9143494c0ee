import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { readJsonObjectStreamed } from '@joblist/io';
import { parseJsonOrThrow, parseOrThrow } from './issues.ts';
import { futureUpdateProblem, SNAPSHOT_LIMITS, type Snapshot, SnapshotSchema } from './snapshot.ts';

const MIB = 2 ** 20;

/** The one-line error of a snapshot larger than {@link SNAPSHOT_LIMITS}`.fileBytes`. */
function tooLarge(shown: string, bytes: number): Error {
  return new Error(
    `${shown}: ${Math.ceil(bytes / MIB)} MiB, more than the ${SNAPSHOT_LIMITS.fileBytes / MIB} MiB a snapshot may be; it was not made by joblist fetch (whose jobs stay under ${SNAPSHOT_LIMITS.jobBytes / MIB} MiB)`,
  );
}

/** Throws when `updatedAt` is in the future (see {@link futureUpdateProblem}), naming `shown`. */
export function checkSnapshotTime(updatedAt: string, shown: string, now: Date = new Date()): void {
  const problem = futureUpdateProblem(updatedAt, now);
  if (problem) throw new Error(`${shown}: ${problem}`);
}

/** Throws when a snapshot of `bytes` bytes is over {@link SNAPSHOT_LIMITS}`.fileBytes`, naming `shown`. */
export function checkSnapshotSize(bytes: number, shown: string): void {
  if (bytes > SNAPSHOT_LIMITS.fileBytes) throw tooLarge(shown, bytes);
}

/** A project's snapshot, relative to its root: what `fetch` writes and every other command reads by default. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';

/** What a missing snapshot is reported as: which command makes it. */
export const SNAPSHOT_MISSING = 'not found; run `joblist fetch` first (it writes the snapshot)';

/**
 * Reads a snapshot file's JSON, refusing one over {@link SNAPSHOT_LIMITS}`.fileBytes` before reading it
 * (one line, never V8's `ERR_STRING_TOO_LONG`); the jobs are parsed one by one, never the file as one string.
 * Errors name the file as shown (relative to the current folder).
 */
export async function readSnapshotJson(file: string): Promise<{ shown: string; data: unknown }> {
  const size = await stat(file).then(
    (stats) => stats.size,
    () => 0,
  );
  checkSnapshotSize(size, relative(process.cwd(), file) || file);
  return readJsonObjectStreamed(file, 'jobs', SNAPSHOT_MISSING);
}

/**
 * Parses and validates a snapshot's JSON text; errors name `shown` (where it came from), the record and the
 * field. A text over the size cap or an `updatedAt` in the future is refused.
 */
export function parseSnapshot(text: string, shown: string): Snapshot {
  checkSnapshotSize(text.length, shown);
  const snapshot = parseJsonOrThrow(SnapshotSchema, text, shown);
  checkSnapshotTime(snapshot.updatedAt, shown);
  return snapshot;
}

/**
 * Reads and validates a snapshot file; errors name the file, the record index and the field. A file over the
 * size cap or an `updatedAt` in the future is refused.
 */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const { shown, data } = await readSnapshotJson(file);
  const snapshot = parseOrThrow(SnapshotSchema, data, shown);
  checkSnapshotTime(snapshot.updatedAt, shown);
  return snapshot;
}

/** Characters of JSON gathered before a chunk of {@link serializeSnapshot} is handed on. */
const CHUNK = 1 << 20;

/** `JSON.stringify(value, null, 2)` written at `indent` spaces deep, as it stands inside a larger value. */
const nested = (value: unknown, indent: string) =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/**
 * Serialises a snapshot the one way every writer uses, two-space JSON and a final newline, as chunks of about
 * a megabyte: the same bytes as `JSON.stringify(snapshot, null, 2)`, without ever holding them in one string
 * (a snapshot of 30,000 long descriptions is longer than V8's longest string).
 */
export function* serializeSnapshot(snapshot: Snapshot): Generator<string> {
  const entries = Object.entries(snapshot).filter(([, value]) => value !== undefined);
  let chunk = '{';
  for (const [position, [key, value]] of entries.entries()) {
    chunk += `${position === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key !== 'jobs' || !Array.isArray(value) || value.length === 0) {
      chunk += nested(value, '  ');
      continue;
    }
    chunk += '[';
    for (const [index, job] of value.entries()) {
      chunk += `${index === 0 ? '' : ','}\n    ${nested(job, '    ')}`;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    chunk += '\n  ]';
  }
  yield `${chunk}${entries.length === 0 ? '' : '\n'}}\n`;
}
