import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseJobUrl, normaliseParsedUrl } from './job-url.ts';

describe('normaliseJobUrl', () => {
  it('drops tracking parameters, fragment, scheme and trailing slash; lowercases the host; sorts the rest', () => {
    expect(
      normaliseJobUrl(
        'https://Jobs.Example.COM/acme/123/?utm_source=x&b=2&gclid=1&a=1&ref=hn&fbclid=f&source=gh#apply',
      ),
    ).toBe('//jobs.example.com/acme/123?a=1&b=2');
    expect(normaliseJobUrl('http://jobs.example.com/acme/123')).toBe(
      normaliseJobUrl('https://jobs.example.com/acme/123/'),
    );
  });

  it('keeps parameters that identify the posting', () => {
    expect(normaliseJobUrl('https://x.io/apply?gh_jid=1')).not.toBe(
      normaliseJobUrl('https://x.io/apply?gh_jid=2'),
    );
    expect(normaliseJobUrl('https://x.io/')).toBe('//x.io');
  });
});

describe('normaliseJobUrl without the URL parser', () => {
  it('gives plain URLs the identity the URL parser gives them', () => {
    const host = fc.constantFrom(
      'x.io',
      'jobs.example.com',
      'a-b.c1.org',
      'www.acme.de',
      '127.0.0.1',
      'Caps.io',
    );
    const segment = fc.oneof(
      fc.stringMatching(/^[\w~-][\w.~-]{0,4}$/u),
      fc.stringMatching(/^[\w.~%-]{1,6}$/u),
    );
    const pair = fc.tuple(
      fc.constantFrom('a', 'B', 'gh_jid', 'utm_source', 'ref', 'x.y', 'id-1', ''),
      fc.option(fc.oneof(fc.stringMatching(/^[\w.-]{0,3}$/u), fc.stringMatching(/^[\w.-]?[=%+~]?$/u))),
    );
    const url = fc
      .record({
        scheme: fc.constantFrom('http', 'https'),
        host,
        port: fc.constantFrom('', '', ':443', ':8080'),
        path: fc.array(segment, { maxLength: 4 }),
        slash: fc.boolean(),
        query: fc.option(fc.array(pair, { maxLength: 4 })),
        fragment: fc.constantFrom('', '', '#apply'),
      })
      .map(({ scheme, host, port, path, slash, query, fragment }) => {
        const search = query
          ? `?${query.map(([name, value]) => (value === null ? name : `${name}=${value}`)).join('&')}`
          : '';
        return `${scheme}://${host}${port}${path.map((part) => `/${part}`).join('')}${slash ? '/' : ''}${search}${fragment}`;
      });
    fc.assert(
      fc.property(fc.oneof(url, fc.webUrl({ withQueryParameters: true, withFragments: true })), (value) => {
        expect(normaliseJobUrl(value)).toBe(normaliseParsedUrl(value));
      }),
      { numRuns: 5000 },
    );
  });
});
