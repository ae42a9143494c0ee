import { describe, expect, it } from 'vitest';
import { canonicalSkill, extractSkills, skillsInText } from './skills.ts';

describe('skills', () => {
  it('maps aliases to canonical skills', () => {
    expect(canonicalSkill('Node.js')).toBe('nodejs');
    expect(canonicalSkill('node')).toBe('nodejs');
    expect(canonicalSkill('Postgres')).toBe('postgresql');
    expect(canonicalSkill('golang')).toBe('go');
    expect(canonicalSkill('cobol')).toBeUndefined();
  });

  it('finds skills in free text on word boundaries, C#, C++ and .NET included', () => {
    expect(skillsInText('Senior Backend Developer (C#/.NET, Azure) with Node.js and C++')).toEqual([
      'c#',
      '.net',
      'azure',
      'nodejs',
      'c++',
    ]);
    expect(skillsInText('Javascript is not Java; restaurant is not rest')).toEqual(['javascript', 'java']);
    expect(skillsInText('Let us go to the node')).toEqual([]);
  });

  it('drops tags that are not skills', () => {
    expect(extractSkills({ tags: ['Senior', 'Engineer', 'Full Time', 'Rust'] })).toEqual(['rust']);
  });

  it('keeps unknown tags, lowercased, then adds skills from the text, each once', () => {
    expect(
      extractSkills({ tags: ['Go', 'Elm', 'golang'], title: 'Go developer', description: 'Docker, docker' }),
    ).toEqual(['go', 'elm', 'docker']);
  });
});
