import { describe, expect, it } from 'vitest';
import { checkRowDrop, RowDropError } from './guard.ts';

describe('checkRowDrop', () => {
  it('allows a first publish and drops up to the share', () => {
    expect(() => checkRowDrop([], 0, 0.5)).not.toThrow();
    expect(() => checkRowDrop([10], 5, 0.5)).not.toThrow();
    expect(() => checkRowDrop([0], 0, 0.5)).not.toThrow();
  });

  it('refuses a bigger drop and says why', () => {
    expect(() => checkRowDrop([10], 4, 0.5)).toThrow(RowDropError);
    expect(() => checkRowDrop([10], 0, 0.5)).toThrow(/from 10 to 0 job rows \(100% fewer.*50%\).*--force/u);
  });

  it('compares with the most rows of the last published versions, so a slow slide is refused', () => {
    expect(() => checkRowDrop([50], 26, 0.5)).not.toThrow();
    expect(() => checkRowDrop([26, 50], 14, 0.5)).toThrow(
      'from 50 to 14 job rows (72% fewer, measured from the most rows in the last 2 published versions; the current one has 26; more than publish.maxDropShare 50%)',
    );
    expect(() => checkRowDrop([26, 50], 25, 0.5)).not.toThrow();
  });
});
