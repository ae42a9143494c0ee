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
    expect(() => checkRowDrop([], readme(0), 0.5)).not.toThrow();
    expect(() => checkRowDrop([readme(10)], readme(5), 0.5)).not.toThrow();
    expect(() => checkRowDrop([readme(0)], readme(0), 0.5)).not.toThrow();
  });

  it('refuses a bigger drop and says why', () => {
    expect(() => checkRowDrop([readme(10)], readme(4), 0.5)).toThrow(RowDropError);
    expect(() => checkRowDrop([readme(10)], readme(0), 0.5)).toThrow(
      /from 10 to 0 job rows \(100% fewer.*50%\).*--force/u,
    );
  });

  it('compares with the most rows of the last published READMEs, so a slow slide is refused', () => {
    expect(() => checkRowDrop([readme(50)], readme(26), 0.5)).not.toThrow();
    expect(() => checkRowDrop([readme(26), readme(50)], readme(14), 0.5)).toThrow(
      'from 50 to 14 job rows (72% fewer, measured from the most rows in the last 2 published READMEs; the current one has 26; more than publish.maxDropShare 50%)',
    );
    expect(() => checkRowDrop([readme(26), readme(50)], readme(25), 0.5)).not.toThrow();
  });
});
