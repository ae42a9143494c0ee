import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import repoSite from '../../../../joblist.config.ts';
import { flattenIssues } from './issues.ts';
import { SiteSchema } from './site.ts';

const site = { ...repoSite, categories: ['frontend', 'backend'] };
const problems = (input: unknown) => {
  const result = v.safeParse(SiteSchema, input, { abortPipeEarly: true });
  return result.success ? [] : flattenIssues(result.issues).map((p) => `${p.path}: ${p.message}`);
};
const ORG_PROBLEM =
  'github.org: must be a GitHub organisation or user name: letters, digits and single hyphens inside';

describe('SiteSchema github.org', () => {
  it.each(['jobs-jobr-pro', 'a', 'A1-b2-C3', 'o'.repeat(39)])('accepts %j', (org) => {
    expect(problems({ ...site, github: { org } })).toEqual([]);
  });

  it.each([
    '../x',
    '..',
    'a/b',
    'a"b',
    '<img src=//evil.example/p.png>',
    'a b',
    '-a',
    'a-',
    'a--b',
    'a_b',
    'a.b',
  ])('refuses %j', (org) => {
    expect(problems({ ...site, github: { org } })).toEqual([ORG_PROBLEM]);
  });

  it('refuses an empty or too long name', () => {
    expect(problems({ ...site, github: { org: '' } })).toEqual(['github.org: must not be empty']);
    expect(problems({ ...site, github: { org: 'o'.repeat(40) } })).toEqual([
      'github.org: must be at most 39 characters (a GitHub organisation or user name)',
    ]);
  });
});

describe('SiteSchema publish.remote', () => {
  it('needs {repo} when the site has more than one category', () => {
    expect(problems({ ...site, publish: { remote: '/tmp/one.git' } })).toEqual([
      'publish.remote: must contain {repo} when the site has more than one category (each publishes to its own repository)',
    ]);
    expect(problems({ ...site, publish: { remote: 'https://github.com/{org}/{repo}.git' } })).toEqual([]);
  });

  it('allows a fixed remote for a single category', () => {
    expect(problems({ ...site, categories: ['backend'], publish: { remote: '/tmp/one.git' } })).toEqual([]);
  });
});

describe('SiteSchema keys', () => {
  it('refuses misspelt keys at any depth, suggesting the closest', () => {
    expect(problems({ ...site, publsh: {} })).toEqual(['publsh: unknown key; did you mean "publish"?']);
    expect(problems({ ...site, publish: { concurency: 2 } })).toEqual([
      'publish.concurency: unknown key; did you mean "concurrency"?',
    ]);
    expect(problems({ ...site, brand: { ...site.brand, tagLine: 'x' } })).toEqual([
      'brand.tagLine: unknown key; did you mean "tagline"?',
    ]);
  });

  it('keeps source entries open: each adapter checks its own options', () => {
    expect(problems({ ...site, sources: [{ type: 'greenhouse', board: 'gitlab' }] })).toEqual([]);
  });
});
