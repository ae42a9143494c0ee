import { describe, expect, it } from 'vitest';
import { createRedactor, redactText, redactUrl } from './redact.ts';

describe('redactUrl', () => {
  it('hides credentials and secret-looking query values, keeping the rest', () => {
    expect(redactUrl('https://user:pw@api.example.com/jobs?api_key=abc&page=2&access_token=xyz&sig=1')).toBe(
      'https://api.example.com/jobs?api_key=***&page=2&access_token=***&sig=***',
    );
  });

  it('leaves ordinary URLs and non-URLs alone', () => {
    expect(redactUrl('https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true')).toBe(
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true',
    );
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('redactText', () => {
  it('redacts every URL inside a message', () => {
    expect(redactText('GET https://x.io/a?token=s3cret: HTTP 500 (see https://y.io/?apikey=k)')).toBe(
      'GET https://x.io/a?token=***: HTTP 500 (see https://y.io/?apikey=***)',
    );
  });
});

describe('createRedactor (issue 19, rows 7 and 14)', () => {
  it('reads credentials as the URL parser does, whatever the slashes', () => {
    const redact = createRedactor();
    expect(redact("fatal: unable to access 'http:///user:s3cr3t@127.0.0.1:9/r.git/'")).toBe(
      "fatal: unable to access 'http://127.0.0.1:9/r.git/'",
    );
    expect(redact('see https:////user:s3cr3t@example.com/x')).not.toContain('s3cr3t');
    expect(redact('ssh://git:hunter22@example.com/r')).toBe('ssh://example.com/r');
  });

  it('redacts known secrets of realistic length only: a 1-character token leaves example.com whole', () => {
    expect(createRedactor(['e'])('https://example.com/')).toBe('https://example.com/');
    const token = 'ghp_0123456789abcdef';
    expect(createRedactor([token, encodeURIComponent(token)])(`token ${token}!`)).toBe('token ***!');
  });
});
