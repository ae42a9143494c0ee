import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CategorySchema } from './category.ts';
import { flattenIssues } from './issues.ts';

const base = { id: 'backend', role: 'Backend developer', repo: 'Backend-Jobs', utmCampaign: 'c' };
const problems = (input: unknown) => {
  const result = v.safeParse(CategorySchema, input, { abortPipeEarly: true });
  return result.success ? [] : flattenIssues(result.issues).map((p) => `${p.path}: ${p.message}`);
};

describe('CategorySchema repo', () => {
  it.each(['Backend-Development-Jobs', 'a', 'x.y_z-1', '.github-like', 'r'.repeat(100)])(
    'accepts the GitHub repository name %j',
    (repo) => {
      expect(problems({ ...base, repo })).toEqual([]);
    },
  );

  it.each([
    ['.', 'repo: must not be "." or ".."'],
    ['..', 'repo: must not be "." or ".."'],
    ['../x', 'repo: must be a GitHub repository name: letters, digits, ".", "_" and "-" only'],
    ['a/b', 'repo: must be a GitHub repository name: letters, digits, ".", "_" and "-" only'],
    ['a b', 'repo: must be a GitHub repository name: letters, digits, ".", "_" and "-" only'],
    ['<img src=x>', 'repo: must be a GitHub repository name: letters, digits, ".", "_" and "-" only'],
    ['a"b', 'repo: must be a GitHub repository name: letters, digits, ".", "_" and "-" only'],
    ['', 'repo: must not be empty'],
    ['r'.repeat(101), 'repo: must be at most 100 characters (a GitHub repository name)'],
    ['Jobs.git', 'repo: must not end in ".git"'],
  ])('refuses %j', (repo, problem) => {
    expect(problems({ ...base, repo })).toEqual([problem]);
  });
});

describe('CategorySchema keys', () => {
  it('refuses a misspelt optional key with the closest known key', () => {
    expect(problems({ ...base, limt: 10 })).toEqual(['limt: unknown key; did you mean "limit"?']);
    expect(problems({ ...base, match: { inclde: ['x'] } })).toEqual([
      'match.inclde: unknown key; did you mean "include"?',
    ]);
  });

  it('lists the known keys when nothing is close', () => {
    expect(problems({ ...base, colour: 'red' })).toEqual([
      'colour: unknown key (known: id, role, repo, utmCampaign, match, limit, readmeBudget, windowDays, template, readerFiles)',
    ]);
  });
});
