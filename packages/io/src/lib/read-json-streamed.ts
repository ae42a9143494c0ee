import { open } from 'node:fs/promises';
import { relative } from 'node:path';
import { readJsonFile } from './read-json.ts';

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 24;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Sets `key` as JSON.parse does: an own property, even `__proto__`. */
const setOwn = (data: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Parses the JSON object of `file` chunk by chunk: the value of `arrayKey`, when it is an array, one element
 * at a time, every other value whole. Never holds the file in one string, only the parsed values and a chunk.
 * `undefined` when the text is not a JSON object (the caller reads it whole, for the usual error). `chunkBytes`
 * is for tests: chunk boundaries anywhere, in a string, an escape or a multi-byte character.
 */
export async function parseStreamed(
  file: string,
  arrayKey: string,
  chunkBytes = CHUNK_BYTES,
): Promise<Record<string, unknown> | undefined> {
  const handle = await open(file, 'r');
  const data: Record<string, unknown> = {};
  let buffer = Buffer.alloc(0);
  /** Where the text of the key, value or element being read starts in `buffer`; -1 between them. */
  let start = -1;
  let depth = 0;
  let inString = false;
  let key: string | undefined;
  let elements: unknown[] | undefined;
  /** Between the top-level members: `open` after `{` (a key or `}`), `key` after a comma (a key), `end` after the streamed array (`,` or `}`). */
  let member: 'open' | 'key' | 'end' = 'open';
  const text = (end: number) => buffer.toString('utf8', start, end).trim();
  const parse = (end: number) => {
    const value = JSON.parse(text(end)) as unknown;
    start = -1;
    return value;
  };
  try {
    // Two buffers in turn: the text being read (from `start`) is carried to the front of the other, and the
    // next chunk is read in after it, so no chunk is copied and no new memory is touched after the first two.
    let spare = Buffer.alloc(0);
    let current = spare;
    for (;;) {
      const carried = start === -1 ? 0 : buffer.length - start;
      const target = spare.length >= carried + chunkBytes ? spare : Buffer.allocUnsafe(carried + chunkBytes);
      if (carried > 0) buffer.copy(target, 0, start);
      const { bytesRead } = await handle.read(target, carried, chunkBytes, null);
      if (bytesRead === 0) break;
      spare = current;
      current = target;
      buffer = target.subarray(0, carried + bytesRead);
      if (start !== -1) start = 0;
      for (let index = carried; index < buffer.length; index++) {
        if (inString) {
          // To the string's closing quote in one native search (most of a snapshot is string text): a quote
          // after an odd run of backslashes is escaped. The string's start is in `buffer` (carried over).
          const quote = buffer.indexOf(QUOTE, index);
          if (quote === -1) {
            index = buffer.length;
            continue;
          }
          let backslashes = 0;
          while (buffer[quote - 1 - backslashes] === BACKSLASH) backslashes++;
          if (backslashes % 2 === 0) inString = false;
          index = quote;
          continue;
        }
        const byte = buffer[index] as number;
        if (byte === QUOTE) {
          inString = true;
          if (depth === 1 && key === undefined) {
            if (member === 'end') return undefined;
            start = index;
          }
        } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
          if (depth === 0 && byte !== OPEN_OBJECT) return undefined;
          if (depth === 1 && key === arrayKey && byte === OPEN_ARRAY && text(index) === '') {
            elements = [];
            start = index + 1;
          }
          depth++;
        } else if (byte === COLON && depth === 1 && key === undefined) {
          key = parse(index) as string;
          start = index + 1;
        } else if (byte === COMMA && depth === 2 && elements !== undefined) {
          elements.push(parse(index));
          start = index + 1;
        } else if (byte === CLOSE_ARRAY && depth === 2 && elements !== undefined && key !== undefined) {
          if (text(index) !== '') elements.push(parse(index));
          else if (elements.length > 0) return undefined; // a trailing comma
          setOwn(data, key, elements);
          elements = undefined;
          key = undefined;
          start = index + 1;
          member = 'end';
          depth--;
        } else if ((byte === COMMA || byte === CLOSE_OBJECT) && depth === 1) {
          if (key !== undefined) setOwn(data, key, parse(index));
          else if (member === 'key' || (start !== -1 && text(index) !== '')) return undefined;
          else if (byte === COMMA && member === 'open') return undefined;
          key = undefined;
          start = -1;
          member = 'key';
          if (byte === CLOSE_OBJECT) depth--;
        } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          if (depth === 1) return undefined; // `]` closing the top-level object
          depth--;
        } else if ((depth === 0 || (depth === 1 && key === undefined)) && !isSpace(byte)) return undefined;
      }
    }
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
  return depth === 0 && !inString ? data : undefined;
}

/**
 * Reads and parses a JSON file holding one object whose `arrayKey` is a long array (a snapshot's `jobs`),
 * without ever holding the file in one string: the array is parsed element by element. The result and its
 * errors are {@link readJsonFile}'s: a file that is not such an object is read whole for them.
 */
export async function readJsonObjectStreamed(
  file: string,
  arrayKey: string,
  whenMissing?: string,
): Promise<{ shown: string; data: unknown }> {
  const data = await parseStreamed(file, arrayKey).catch(() => undefined);
  if (data === undefined) return readJsonFile(file, whenMissing);
  return { shown: relative(process.cwd(), file) || file, data };
}
