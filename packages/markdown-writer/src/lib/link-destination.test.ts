import { describe, expect, it } from 'vitest';
import { encodeDestination, linkDestination } from './link-destination.ts';

describe('linkDestination', () => {
  it('writes an ordinary URL byte for byte, & and ? raw as the reference does', () => {
    const url = 'https://jobr.pro/jobs/123/backend-dev?utm_source=github&utm_medium=repo&utm_campaign=x#top';
    expect(linkDestination(url)).toBe(url);
  });

  it('percent-encodes every character Markdown or GitHub math reads specially', () => {
    expect(linkDestination('https://x.example/a`b$c<d>e(f)g|h\\i j\tk')).toBe(
      'https://x.example/a%60b%24c%3Cd%3Ee%28f%29g%7Ch%5Ci%20j%09k',
    );
  });

  it('turns nesting of any depth into one flat destination', () => {
    const nested = `https://x.example/${'('.repeat(40)}a${')'.repeat(40)}`;
    expect(linkDestination(nested)).toBe(`https://x.example/${'%28'.repeat(40)}a${'%29'.repeat(40)}`);
  });

  it('writes an & as &amp; only where it would read as a character reference', () => {
    expect(linkDestination('https://x.example/?a=1&amp;b=2&c=&#38;')).toBe(
      'https://x.example/?a=1&amp;amp;b=2&c=&amp;#38;',
    );
  });

  it('encodes once: an encoded destination encodes to itself', () => {
    const once = encodeDestination('https://x.example/(a)`$');
    expect(encodeDestination(once)).toBe(once);
  });
});
