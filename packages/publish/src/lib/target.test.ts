import { describe, expect, it } from 'vitest';
import { branchHead } from './target.ts';

describe('branchHead', () => {
  it('picks the exact branch from `git ls-remote` output', () => {
    const output = `${'1'.repeat(40)}\trefs/heads/feature/main\n${'2'.repeat(40)}\trefs/heads/main\n`;
    expect(branchHead(output, 'main')).toBe('2'.repeat(40));
    expect(branchHead(output, 'gh-pages')).toBeUndefined();
    expect(branchHead('', 'main')).toBeUndefined();
  });
});
