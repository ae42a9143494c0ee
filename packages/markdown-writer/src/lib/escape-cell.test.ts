import { describe, expect, it } from 'vitest';
import { escapeCellText } from './escape-cell.ts';

describe('escapeCellText', () => {
  it.each([
    ['PHP & Laravel', 'PHP & Laravel'],
    ['React*', 'React*'],
    ['C # 91', 'C # 91'],
    ['805 ~ 1151', '805 ~ 1151'],
    ['Node.js Backend Developer - AWS', 'Node.js Backend Developer - AWS'],
    ['Backend – Cloud 🚀', 'Backend – Cloud 🚀'],
    ['a < b', 'a < b'],
    ['snake_case_name', 'snake_case_name'],
  ])('leaves %j unchanged where it reads back as itself', (text, escaped) => {
    expect(escapeCellText(text, 'linked')).toBe(escaped);
    expect(escapeCellText(text, 'plain')).toBe(escaped);
  });

  it('always escapes pipes and brackets, like the reference', () => {
    expect(escapeCellText('Backend [Bengaluru, India]', 'linked')).toBe('Backend \\[Bengaluru, India\\]');
    expect(escapeCellText('A | B', 'plain')).toBe('A \\| B');
  });

  it('escapes a backslash only where it would escape what follows', () => {
    expect(escapeCellText('C:\\dir', 'plain')).toBe('C:\\dir');
    expect(escapeCellText('a\\*b', 'plain')).toBe('a\\\\*b');
    expect(escapeCellText('ends with \\', 'linked')).toBe('ends with \\\\');
  });

  it('escapes emphasis markers only where they would open emphasis', () => {
    expect(escapeCellText('(Angular)_Director_', 'linked')).toBe('(Angular)\\_Director\\_');
    expect(escapeCellText('*Senior* Developer', 'plain')).toBe('\\*Senior\\* Developer');
    expect(escapeCellText('~~gone~~', 'plain')).toBe('\\~\\~gone\\~\\~');
  });

  it('escapes HTML, entities and code spans', () => {
    expect(escapeCellText('<script>alert(1)</script>', 'linked')).toBe('\\<script>alert(1)\\</script>');
    expect(escapeCellText('AT&amp;T', 'plain')).toBe('AT\\&amp;T');
    expect(escapeCellText('use `npm` daily', 'linked')).toBe('use \\`npm\\` daily');
  });
});
