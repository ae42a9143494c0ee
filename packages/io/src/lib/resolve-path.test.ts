import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePath } from './resolve-path.ts';

describe('resolvePath', () => {
  it('resolves a given path against the current folder, not the root', () => {
    expect(resolvePath('out/x.json', '/srv/site', 'data/x.json')).toBe(resolve('out/x.json'));
    expect(resolvePath('/tmp/x.json', '/srv/site', 'data/x.json')).toBe(resolve('/tmp/x.json'));
  });

  it('resolves the fallback against the root when no path is given', () => {
    expect(resolvePath(undefined, '/srv/site', 'data/x.json')).toBe(resolve('/srv/site/data/x.json'));
  });
});
