import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathInside } from './inside.ts';

describe('pathInside', () => {
  const root = resolve('/srv/out');

  it('joins names that stay inside the root', () => {
    expect(pathInside(root, 'Backend-Jobs', 'archive/2025-11-03.md')).toBe(
      join(root, 'Backend-Jobs/archive/2025-11-03.md'),
    );
    expect(pathInside(root, '..x')).toBe(join(root, '..x'));
  });

  it.each([['..'], ['.'], ['../x'], ['a/../..'], ['/etc']])(
    'refuses %j before anything is written',
    (name) => {
      expect(() => pathInside(root, name)).toThrow(
        /outside .*; refusing to write there|refusing to write there/u,
      );
    },
  );
});
