import { describe, expect, it } from 'vitest';
import { archiveDay, expiredArchives } from './retention.ts';

describe('expiredArchives', () => {
  const build = new Date('2025-11-10T20:30:00Z');

  it('deletes archive files dated more than the retention before the build day', () => {
    const names = ['2025-11-02.md', '2025-11-03.md', '2025-11-09.md', '2025-11-10.md'];
    expect(expiredArchives(names, build, 7)).toEqual(['2025-11-02.md']);
    expect(expiredArchives(names, build, 1)).toEqual(['2025-11-02.md', '2025-11-03.md']);
  });

  it('never returns files that are not archive files', () => {
    expect(expiredArchives(['notes.md', '2020-01-01.txt', 'README.md', '2020-13-45.md'], build, 1)).toEqual(
      [],
    );
  });
});

describe('archiveDay', () => {
  it('reads the UTC day from the file name', () => {
    expect(archiveDay('1970-01-02.md')).toBe(1);
    expect(archiveDay('x.md')).toBeUndefined();
    expect(archiveDay('2025-02-30.md')).toBeUndefined();
  });
});
