import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitBlobId, treeEntries } from './unchanged.ts';

describe('gitBlobId', () => {
  it('is the id git gives the same bytes', () => {
    for (const content of ['', '# Jobs\n\n| a | b |\n', 'ünïcode ✓\r\n']) {
      const expected = execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim();
      expect(gitBlobId(content, 40)).toBe(expected);
      expect(gitBlobId(Buffer.from(content), 40)).toBe(expected);
    }
  });
});

describe('treeEntries', () => {
  it('reads every entry of `git ls-tree -r -z` by path, names with spaces and newlines included', () => {
    const id = 'a'.repeat(40);
    const output = [
      `100644 blob ${id}\tREADME.md`,
      `120000 blob ${id}\tarchive/link md`,
      `100755 blob ${id}\tod\nd`,
      '',
    ].join('\0');
    expect(treeEntries(output)).toEqual(
      new Map([
        ['README.md', { mode: '100644', type: 'blob', id }],
        ['archive/link md', { mode: '120000', type: 'blob', id }],
        ['od\nd', { mode: '100755', type: 'blob', id }],
      ]),
    );
  });
});
