import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { JobSchema } from './job.ts';
import { HttpUrlSchema, hasUrlCredentials, httpUrlProblem } from './url.ts';

const job = {
  id: 'file:1',
  title: 'Backend Engineer',
  company: { name: 'Acme' },
  url: 'https://acme.example/jobs/1',
  workplace: 'onsite',
  postedAt: '2026-01-02T08:00:00Z',
};

describe('one WHATWG URL check (issue 19, row 7)', () => {
  it.each([
    ['https:///user:s3cr3t@example.com/jobs/1', 'must not contain a user name or password'],
    ['https:////user:s3cr3t@example.com/', 'must not contain a user name or password'],
    ['https:\\\\user:s3cr3t@example.com/', 'must not contain a user name or password'],
    ['https://@example.com/', 'must not contain a user name or password'],
    ['https:////example.com/jobs/1', 'must have exactly "//" after the scheme and no backslash'],
    ['https:/example.com/jobs/1', 'must have exactly "//" after the scheme and no backslash'],
    ['https:example.com/jobs/1', 'must have exactly "//" after the scheme and no backslash'],
    ['https://example.com\\@evil.example/', 'must have exactly "//" after the scheme and no backslash'],
  ])('refuses %s for job and company URLs', (url, message) => {
    expect(httpUrlProblem(url)).toBe(message);
    for (const input of [
      { ...job, url },
      { ...job, company: { name: 'Acme', url } },
    ]) {
      const result = v.safeParse(JobSchema, input);
      expect(result.success).toBe(false);
      expect(result.issues?.[0]?.message).toBe(message);
      expect(JSON.stringify(result.issues?.[0]?.received)).not.toContain('s3cr3t');
    }
  });

  it('finds credentials in any scheme the way the parser reads them', () => {
    expect(hasUrlCredentials('http:///user:s3cr3t@127.0.0.1:8080/r.git')).toBe(true);
    expect(hasUrlCredentials('ssh://git@example.com/r')).toBe(true);
    expect(hasUrlCredentials('https://example.com/team/@lead?by=a@b.example')).toBe(false);
    expect(hasUrlCredentials('out/repos/{repo}.git')).toBe(false);
  });

  it('accepts ordinary job URLs', () => {
    for (const url of ['https://acme.example/jobs/1?x=1#y', 'http://127.0.0.1:8080/', 'https://[::1]/']) {
      expect(v.safeParse(HttpUrlSchema, url).success).toBe(true);
    }
  });
});
