import { describe, expect, it } from 'vitest';
import { checkRowDrop, RowDropError } from './guard.ts';

const readme = (rows: number) =>
  [
    '| Company | Position |',
    '| --- | --- |',
    ...Array.from({ length: rows }, (_, index) => `| Acme | Job ${index} |`),
  ].join('\n');

describe('checkRowDrop', () => {
  it('allows a first publish and drops up to the share', () => {
    expect(() => checkRowDrop(undefined, readme(0), 0.5)).not.toThrow();
    expect(() => checkRowDrop(readme(10), readme(5), 0.5)).not.toThrow();
    expect(() => checkRowDrop(readme(0), readme(0), 0.5)).not.toThrow();
  });

  it('refuses a bigger drop and says why', () => {
    expect(() => checkRowDrop(readme(10), readme(4), 0.5)).toThrow(RowDropError);
    expect(() => checkRowDrop(readme(10), readme(0), 0.5)).toThrow(
      /from 10 to 0 job rows \(100% fewer.*50%\).*--force/u,
    );
  });
});
