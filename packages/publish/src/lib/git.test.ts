import { describe, expect, it } from 'vitest';
import { errorDetail } from './git.ts';

describe('errorDetail', () => {
  it("keeps git's fatal line, so a lock error names the lock's path", () => {
    const stderr = [
      "fatal: Unable to create '/w/Backend/.git/index.lock': File exists.",
      '',
      'Another git process seems to be running in this repository, e.g.',
      "an editor opened by 'git commit'. Please make sure all processes",
      'are terminated then try again. If it still fails, a git process',
      'may have crashed in this repository earlier:',
      'remove the file manually to continue.',
    ].join('\n');
    expect(errorDetail(stderr)).toBe("fatal: Unable to create '/w/Backend/.git/index.lock': File exists.");
  });

  it('falls back to the last three lines without a fatal or error line', () => {
    expect(errorDetail('one\ntwo\n\nthree\nfour\n')).toBe('two | three | four');
  });
});
