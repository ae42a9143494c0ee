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

describe('createRedactor reads URLs as their parser does (issue 19, rows 7 and 14)', () => {
  const redact = createRedactor();

  it('finds credentials whatever the slashes', () => {
    expect(redact("fatal: unable to access 'http:///user:s3cr3t@127.0.0.1:9/r.git/'")).toBe(
      "fatal: unable to access 'http://***@127.0.0.1:9/r.git/'",
    );
    expect(redact('see https:////user:s3cr3t@example.com/x')).not.toContain('s3cr3t');
    expect(redact('ssh://git:hunter22@example.com/r')).toBe('ssh://***@example.com/r');
  });

  it('redacts known secrets of realistic length only: a 1-character token leaves example.com whole', () => {
    expect(createRedactor(['e'])('https://example.com/')).toBe('https://example.com/');
    const token = 'ghp_0123456789abcdef';
    expect(createRedactor([token])(`token ${token}!`)).toBe('token ***!');
  });
});
