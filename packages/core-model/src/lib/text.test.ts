import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../test/_helpers/arbitraries.ts';
import { cleanLine, formatCount, plural, stripInvisible, toSingleLine, truncate } from './text.ts';

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

describe('formatCount', () => {
  it("writes a whole number as toLocaleString('en-US') does", () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
      }),
    );
  });
});

describe('plural', () => {
  it('uses the singular for exactly one and groups the digits', () => {
    expect(plural(1, 'job')).toBe('1 job');
    expect(plural(0, 'job')).toBe('0 jobs');
    expect(plural(1234, 'salary', 'salaries')).toBe('1,234 salaries');
    expect(plural(1, 'salary', 'salaries')).toBe('1 salary');
  });
});
