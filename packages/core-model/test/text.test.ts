import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  HttpUrlSchema,
  JobSchema,
  stripInvisible,
  stripUnsafe,
  TEXT_LIMITS,
  truncate,
} from '../src/index.ts';

const job = {
  id: 'file:1',
  title: 'Backend Engineer',
  company: { name: 'Acme', url: 'https://acme.example' },
  url: 'https://acme.example/jobs/1',
  location: 'Berlin',
  workplace: 'onsite',
  postedAt: '2026-01-02T08:00:00Z',
};

const issue = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? undefined : `${v.getDotPath(result.issues[0]) ?? ''}: ${result.issues[0].message}`;
};

describe('invisible characters', () => {
  it('removes control, zero-width and bidi characters, keeping tabs, line breaks and emoji joiners', () => {
    expect(stripInvisible('a\u0000b\u0001c\u0007d\u001be\u007f')).toBe('abcde');
    expect(stripInvisible('zero\u200bwidth\u200c\u2060\ufeff')).toBe('zerowidth');
    expect(stripInvisible('\u202eevil\u202c \u2066iso\u2069 \u200emark\u200f')).toBe('evil iso mark');
    expect(stripInvisible('tab\tline\nbreak\r\n')).toBe('tab\tline\nbreak\r\n');
    expect(stripInvisible('dev 👩‍💻 ok, a\u200db')).toBe('dev 👩‍💻 ok, ab');
    expect(stripInvisible('lone \ud800 surrogate')).toBe('lone  surrogate');
  });

  it('removes from shown text only what reorders it, controls and lone surrogates', () => {
    expect(stripUnsafe('\u202aa\u202bb\u202cc\u202dd\u202ee \u2066f\u2067g\u2068h\u2069')).toBe('abcde fgh');
    expect(stripUnsafe('a\u0000b\u0007c\u001bd\u007fe\u0085f lone \ud800')).toBe('abcdef lone ');
    const kept =
      'Applications\u200b (Java) \u200eConnectWise Accelerate \u200eYour a\u200db\u2060c\ufeff\u00ad';
    expect(stripUnsafe(kept)).toBe(kept);
    expect(stripUnsafe('tab\tline\nbreak\r\n')).toBe('tab\tline\nbreak\r\n');
  });

  it('removes U+FFFE, U+FFFF and every other noncharacter (issue 19, row 13)', () => {
    expect(stripInvisible('a\ufffeb\uffffc\ufdd0d\ufdefe\u{1fffe}f\u{10ffff}g')).toBe('abcdefg');
    const parsed = v.parse(JobSchema, {
      ...job,
      title: 'Title \ufffe\uffff',
      company: { name: 'Co\uffff' },
      location: 'Berlin\ufffe',
      description: 'Text\ufdd0 here',
    });
    expect(JSON.stringify(parsed)).not.toMatch(/\p{Noncharacter_Code_Point}/u);
  });

  it('cleans every text field of a job at the schema', () => {
    const dirty = '\u202e\u0000x\u200b\u0007';
    const shown = 'x\u200b';
    const parsed = v.parse(JobSchema, {
      ...job,
      id: `id${dirty}`,
      title: `Title ${dirty}`,
      company: { name: `Co ${dirty}` },
      location: `Berlin ${dirty}`,
      description: `Line one${dirty}\nLine two`,
      skills: [`Go${dirty}`],
      categories: [`backend${dirty}`],
      source: `file${dirty}`,
    });
    expect(parsed).toMatchObject({
      id: 'idx',
      title: `Title ${shown}`,
      company: { name: `Co ${shown}` },
      location: `Berlin ${shown}`,
      description: 'Line onex\nLine two',
      skills: ['gox'],
      categories: ['backendx'],
      source: 'filex',
    });
  });

  it('rejects a title that is only invisible characters', () => {
    expect(issue(JobSchema, { ...job, title: '\u200b\u202e\u0000 \u200e' })).toBe(
      'title: must not be empty or only whitespace',
    );
  });
});

describe('length caps', () => {
  it('cuts shown text visibly with … at its cap, never inside an emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab  cdef', 4)).toBe('ab…');
    expect(truncate('🚀🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
    expect(truncate('🚀🚀🚀', 3)).toBe('🚀🚀🚀');
  });

  it('keeps a 100 KB title to its cap of TEXT_LIMITS.title characters', () => {
    const parsed = v.parse(JobSchema, {
      ...job,
      title: 'x'.repeat(102_400),
      company: { name: 'c'.repeat(5000) },
      location: 'l'.repeat(5000),
      description: 'd'.repeat(50_000),
    });
    expect(Array.from(parsed.title)).toHaveLength(TEXT_LIMITS.title);
    expect(parsed.title.endsWith('x…')).toBe(true);
    expect(Array.from(parsed.company.name)).toHaveLength(TEXT_LIMITS.companyName);
    expect(Array.from(parsed.location)).toHaveLength(TEXT_LIMITS.location);
    expect(Array.from(parsed.description ?? '')).toHaveLength(TEXT_LIMITS.description);
  });

  it('keeps a location that lists one place six times (a real posting, 200+ characters) whole', () => {
    const location = Array(6).fill('Fullerton, CA Bldg 676 1801 West Hughes Drive, United States').join('; ');
    expect(location.length).toBeGreaterThan(200);
    expect(v.parse(JobSchema, { ...job, location }).location).toBe(location);
  });

  it('rejects an id or URL over its cap instead of cutting it', () => {
    expect(issue(JobSchema, { ...job, id: 'i'.repeat(TEXT_LIMITS.id + 1) })).toMatch(/^id: must be at most/u);
    const long = `https://acme.example/${'p'.repeat(TEXT_LIMITS.url)}`;
    expect(issue(JobSchema, { ...job, url: long })).toMatch(/^url: must be at most/u);
  });
});

describe('HttpUrlSchema', () => {
  it.each([
    'https://user:pass@acme.example/',
    'https://user@acme.example/jobs',
    'http://:secret@acme.example',
    'HTTPS://u:p@ACME.EXAMPLE',
  ])('rejects credentials in %s', (url) => {
    expect(issue(HttpUrlSchema, url)).toBe(': must not contain a user name or password');
    expect(issue(JobSchema, { ...job, company: { name: 'Acme', url } })).toBe(
      'company.url: must not contain a user name or password',
    );
  });

  it.each([
    ['javascript:alert(1)', ': must be an http(s) URL'],
    ['data:text/html,<script>', ': must be an http(s) URL'],
    ['https://acme.example/\u202ejob', ': must not contain whitespace, control or invisible characters'],
    ['https://', ': must be a valid URL'],
  ])('rejects %j', (url, message) => {
    expect(issue(HttpUrlSchema, url)).toBe(message);
  });

  it('accepts an @ after the host (a path or query), which is no credential', () => {
    expect(issue(HttpUrlSchema, 'https://acme.example/team/@lead?by=a@b.example')).toBeUndefined();
  });
});

describe('credentials in a rejected URL', () => {
  it('are masked in the issue’s received value', () => {
    const result = v.safeParse(HttpUrlSchema, 'https://admin:secret@evil.example/x');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.received).toBe('"https://***@evil.example/x"');
    const other = v.safeParse(HttpUrlSchema, 'ftp://user:secret@evil.example/');
    expect(other.issues?.[0]?.received).toBe('"ftp://***@evil.example/"');
  });
});
