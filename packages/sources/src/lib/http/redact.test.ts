import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from './redact.ts';

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
