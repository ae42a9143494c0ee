import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.ts';

describe('createRedactor', () => {
  const redact = createRedactor();

  it('masks credentials and secret-looking query values of every URL, keeping the rest', () => {
    expect(redact('https://user:pw@api.example.com/jobs?api_key=abc&page=2&access_token=xyz&sig=1')).toBe(
      'https://***@api.example.com/jobs?api_key=***&page=2&access_token=***&sig=***',
    );
    expect(redact('GET https://x.io/a?token=s3cret: HTTP 500 (see https://y.io/?apikey=k)')).toBe(
      'GET https://x.io/a?token=***: HTTP 500 (see https://y.io/?apikey=***)',
    );
    expect(redact('clone ftp://user:other-secret@example.com/repo')).toBe('clone ftp://***@example.com/repo');
  });

  it('leaves ordinary URLs (byte for byte) and other text alone', () => {
    for (const text of [
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true',
      'https://x.io',
      'not a url',
    ])
      expect(redact(text)).toBe(text);
  });

  it('removes each given secret and its percent-encoded form; undefined and empty ones are ignored', () => {
    const secret = 'ghs_a+b=c';
    const withSecrets = createRedactor([secret, undefined, '']);
    expect(
      withSecrets(
        `fatal: https://x:${secret}@github.com/o/r.git and ${secret} and ${encodeURIComponent(secret)}`,
      ),
    ).toBe('fatal: https://***@github.com/o/r.git and *** and ***');
    expect(withSecrets('nothing secret')).toBe('nothing secret');
  });
});
