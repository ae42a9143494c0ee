import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CategorySchema } from './category.ts';
import { flattenIssues } from './issues.ts';
import { backtrackingProblem } from './regex-safety.ts';

describe('config regular expressions checked for catastrophic backtracking (issue 19, row 11)', () => {
  it.each([/^(a+)+$/, /(a*)*b/, /(?:x+y?)+z/, /^(a|a)*$/, /(\w+\s?){1,40}$/, /((ab)*c)+/])(
    'refuses %s',
    (pattern) => {
      expect(backtrackingProblem(pattern)).toMatch(/^can take exponential time/u);
    },
  );

  it.each([
    /\bback[\s-]?end\b/i,
    /\bfront[\s-]?end\b/i,
    /^(?:senior |lead )?developer$/i,
    /(ab){2}c+/,
    /[(a+)+]+/,
    /\(a+\)+/,
    /(a){1,5}b+/,
    /(?<name>\d+)-\k<name>/,
  ])('accepts %s', (pattern) => {
    expect(backtrackingProblem(pattern)).toBeUndefined();
  });

  it('names the category field, and is refused at once where matching it took minutes', () => {
    const input = { id: 'a', role: 'A', repo: 'A', utmCampaign: 'c', match: { include: ['ok', /^(a+)+$/] } };
    const result = v.safeParse(CategorySchema, input);
    expect(result.success).toBe(false);
    expect(flattenIssues(result.issues ?? [])[0]).toMatchObject({
      path: 'match.include.1',
      message: expect.stringMatching(/^can take exponential time/u),
      received: '/^(a+)+$/',
    });
  });
});
