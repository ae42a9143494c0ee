import { describe, expect, it } from 'vitest';
import { parseCommandFile } from '../src/lib/command-file.ts';

describe('GITHUB_OUTPUT / GITHUB_ENV files', () => {
  it('reads name=value lines and name<<DELIMITER blocks', () => {
    expect(parseCommandFile('code=3\nempty=\nlist<<EOF\na=1\nb\nEOF\nurl=x=y\n', 'out')).toEqual({
      code: '3',
      empty: '',
      list: 'a=1\nb',
      url: 'x=y',
    });
  });

  it('names the file and line of a malformed entry or an unclosed block', () => {
    expect(() => parseCommandFile('ok=1\nnot an entry\n', 'GITHUB_OUTPUT')).toThrow(
      'GITHUB_OUTPUT:2: expected name=value or name<<DELIMITER, found "not an entry"',
    );
    expect(() => parseCommandFile('x<<EOF\nvalue\n', 'GITHUB_ENV')).toThrow(
      'GITHUB_ENV:1: "x<<EOF" is never closed',
    );
  });
});
