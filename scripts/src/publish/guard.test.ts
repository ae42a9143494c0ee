import { describe, expect, it } from 'vitest';
import { checkRowDrop, RowDropError } from './guard.ts';

describe('checkRowDrop', () => {
  it('allows a first publish and drops up to the share', () => {
    expect(() => checkRowDrop(undefined, 0, 0.5)).not.toThrow();
    expect(() => checkRowDrop(10, 5, 0.5)).not.toThrow();
    expect(() => checkRowDrop(0, 0, 0.5)).not.toThrow();
  });

  it('refuses a bigger drop and says why', () => {
    expect(() => checkRowDrop(10, 4, 0.5)).toThrow(RowDropError);
    expect(() => checkRowDrop(10, 0, 0.5)).toThrow(/from 10 to 0 job rows \(100% fewer.*50%\).*--force/u);
  });
});
