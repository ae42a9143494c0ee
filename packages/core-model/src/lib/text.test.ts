import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, stripInvisible, toSingleLine, truncate } from './text.ts';

describe('cleanLine', () => {
  it('gives what the three passes give, for any text and cap', () => {
    const pieces = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      'a',
      'Z',
      '9',
      '~',
      '!',
      '…',
      'é',
      '\u200b',
      '\u202e',
      '\u0007',
      '\u00a0',
      '👩\u200d💻',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 14 }), (value, max) => {
        expect(cleanLine(value, max)).toBe(truncate(toSingleLine(stripInvisible(value)), max));
      }),
      { numRuns: 5000 },
    );
  });
});
