import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../types.ts';
import { jsonArrayElements } from './json-array.ts';

/** What jsonArrayElements makes of `text`: its elements, `undefined` (not an array) or the error it threw. */
function read(text: string): unknown[] | undefined | Error {
  try {
    const elements = jsonArrayElements(Buffer.from(text, 'utf8'), 'listings.json');
    return elements && [...elements];
  } catch (error) {
    return error as Error;
  }
}

/** What JSON.parse makes of `text`: the array, `undefined` (valid JSON, not an array) or the error. */
function parsed(text: string): unknown[] | undefined | Error {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('jsonArrayElements', () => {
  it('reads every JSON array as JSON.parse does, element by element, whatever its layout', () => {
    const array = fc.array(fc.jsonValue(), { maxLength: 6 });
    fc.assert(
      fc.property(
        array,
        fc.constantFrom(undefined, 2, '\t'),
        fc.constantFrom('', ' \n'),
        (value, indent, pad) => {
          const text = `${pad}${JSON.stringify(value, null, indent)}${pad}`;
          expect(read(text)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts exactly what JSON.parse accepts: one damaged byte is an error naming the file', () => {
    const damaged = fc
      .tuple(
        fc.array(fc.jsonValue(), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '[', '{', ' 1', '\\'),
      )
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value);
        const position = at % text.length;
        return `${text.slice(0, position)}${insert}${text.slice(position + (insert === '' ? 1 : 0))}`;
      })
      .filter((text) => text.trimStart().startsWith('['));
    fc.assert(
      fc.property(damaged, (text) => {
        const expected = parsed(text);
        const actual = read(text);
        if (expected instanceof Error) {
          expect(actual).toBeInstanceOf(SourceError);
          expect((actual as Error).message).toMatch(/^listings\.json: invalid JSON \(.* at byte \d+\)$/u);
        } else expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves anything but an array to a whole parse', () => {
    expect(read('{"listings": []}')).toBeUndefined();
    expect(read('  "x"')).toBeUndefined();
    expect(read('')).toBeUndefined();
  });

  it('names the element that does not parse', () => {
    expect((read('[{"a": 1}, {"a": tru}]') as Error).message).toMatch(
      /^listings\.json: invalid JSON \(element 1: .* at byte 11\)$/u,
    );
    expect((read('[1, 2] x') as Error).message).toBe(
      'listings.json: invalid JSON (unexpected data after the array at byte 7)',
    );
  });
});
