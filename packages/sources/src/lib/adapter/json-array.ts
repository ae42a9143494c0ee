import { SourceError } from '../types.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Reads the elements of one JSON array out of its UTF-8 bytes (see {@link jsonArrayElements}). */
class ArrayScanner {
  constructor(
    private readonly bytes: Buffer,
    private readonly shown: string,
  ) {}

  fail(at: number, problem: string): never {
    throw new SourceError(`${this.shown}: invalid JSON (${problem} at byte ${at})`);
  }

  skipSpace(at: number): number {
    let index = at;
    while (isSpace(this.bytes[index])) index += 1;
    return index;
  }

  /** The index of the quote closing the string that opens at `at`. */
  stringEnd(at: number): number {
    let from = at + 1;
    for (;;) {
      const quote = this.bytes.indexOf(QUOTE, from);
      if (quote === -1) this.fail(at, 'unterminated string');
      let backslashes = 0;
      while (this.bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
      if (backslashes % 2 === 0) return quote;
      from = quote + 1;
    }
  }

  /** The index just after the value that starts at `at` (its inside is checked when it is parsed). */
  valueEnd(at: number): number {
    const { bytes } = this;
    const first = bytes[at];
    if (first === QUOTE) return this.stringEnd(at) + 1;
    let index = at;
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      do {
        const byte = bytes[index];
        if (byte === undefined) this.fail(at, 'unterminated value');
        if (byte === QUOTE) index = this.stringEnd(index);
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
        else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1;
        index += 1;
      } while (depth > 0);
      return index;
    }
    // A number, true, false or null: up to the next separator.
    while (
      index < bytes.length &&
      bytes[index] !== COMMA &&
      bytes[index] !== CLOSE_ARRAY &&
      !isSpace(bytes[index])
    )
      index += 1;
    if (index === at) this.fail(at, 'expected a value');
    return index;
  }

  parse(start: number, end: number, position: number): unknown {
    try {
      return JSON.parse(this.bytes.toString('utf8', start, end));
    } catch (error) {
      return this.fail(start, `element ${position}: ${(error as Error).message}`);
    }
  }

  *elements(from: number): Generator<unknown> {
    let index = this.skipSpace(from + 1);
    let position = 0;
    if (this.bytes[index] === CLOSE_ARRAY) index += 1;
    else {
      for (;;) {
        const end = this.valueEnd(index);
        yield this.parse(index, end, position);
        position += 1;
        index = this.skipSpace(end);
        const separator = this.bytes[index];
        index += 1;
        if (separator === CLOSE_ARRAY) break;
        if (separator !== COMMA) this.fail(index - 1, `expected , or ] after element ${position - 1}`);
        index = this.skipSpace(index);
      }
    }
    const rest = this.skipSpace(index);
    if (rest !== this.bytes.length) this.fail(rest, 'unexpected data after the array');
  }
}

/**
 * The elements of the JSON array in `bytes` (UTF-8), parsed one by one as they are iterated, or
 * `undefined` when `bytes` does not hold an array (parse it whole, for its own message). A large file is
 * never one string and never one parsed array: each element is garbage once read, so memory follows
 * what the caller keeps. Invalid JSON throws a {@link SourceError} naming `shown`, the byte offset and the
 * element; like `JSON.parse`, nothing but whitespace may follow the array.
 */
export function jsonArrayElements(bytes: Buffer, shown: string): Iterable<unknown> | undefined {
  const scanner = new ArrayScanner(bytes, shown);
  const start = scanner.skipSpace(0);
  return bytes[start] === OPEN_ARRAY ? scanner.elements(start) : undefined;
}
