import fc from 'fast-check';

/** Letters, digits, runs of whitespace and characters nobody should see: what every text clean-up meets. */
const COMMON_PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  'a',
  'Z',
  '9',
  '~',
  '"',
  '\u00a0',
  '\u200b',
  '\u0007',
  '\u007f',
];

/**
 * Text for property tests of text clean-up: any string, or a run of pieces ({@link COMMON_PIECES} and
 * `pieces`: markup, entities, mojibake, emoji), which random strings alone would rarely bring together.
 */
export function textOf(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...COMMON_PIECES, ...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
  );
}
