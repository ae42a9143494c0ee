import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../test/_helpers/arbitraries.ts';
import { cleanLine, stripInvisible, toSingleLine, truncate } from './text.ts';

describe('cleanLine', () => {
  it('gives what the three passes give, for any text and cap', () => {
    const text = textOf(['!', '…', 'é', '\u202e', '👩\u200d💻']);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 14 }), (value, max) => {
        expect(cleanLine(value, max)).toBe(truncate(toSingleLine(stripInvisible(value)), max));
      }),
      { numRuns: 5000 },
    );
  });
});
