import { describe, expect, it } from 'vitest';
import { escapeCellText } from './escape-cell.ts';

describe('escapeCellText', () => {
  it.each([
    'PHP & Laravel',
    'React*',
    'C # 91',
    '805 ~ 1151',
    'Node.js Backend Developer - AWS',
    'Backend – Cloud 🚀',
    'a < b',
    'snake_case_name',
    'S&P Global',
    'RTX99: RTN Remote, Texas',
    'C:\\dir',
    // No autolink would start here (cmark-gfm and remark need a local part, a dotted domain, a scheme).
    'Engineer @ Acme',
    'Backend Developer @Thessaloniki',
    'a@b',
    'x@y.',
    'swww.example',
    'xhttp://evil.example',
    // No math would open here: each second `$` follows a space.
    'Expert- $206K – $223K',
    'Line Cook $15 - $17.00',
    'Pay $ 5 and $6',
    '$$',
  ])('leaves %j unchanged: it reads back as itself', (text) => {
    expect(escapeCellText(text)).toBe(text);
  });

  it('always escapes pipes and brackets, like the reference', () => {
    expect(escapeCellText('Backend [Bengaluru, India]')).toBe('Backend \\[Bengaluru, India\\]');
    expect(escapeCellText('A | B')).toBe('A \\| B');
  });

  it('escapes a backslash only where it would escape what follows', () => {
    expect(escapeCellText('a\\*b')).toBe('a\\\\*b');
    expect(escapeCellText('ends with \\')).toBe('ends with \\\\');
  });

  it('escapes emphasis and strikethrough markers only where they could pair', () => {
    expect(escapeCellText('(Angular)_Director_')).toBe('(Angular)\\_Director\\_');
    expect(escapeCellText('*Senior* Developer')).toBe('\\*Senior\\* Developer');
    expect(escapeCellText('~~gone~~')).toBe('\\~\\~gone\\~\\~');
    expect(escapeCellText('2 * 3 * 4')).toBe('2 * 3 * 4');
  });

  it('escapes a run next to another delimiter, which remark lets open or close (found by the property test)', () => {
    expect(escapeCellText('**~~**root')).toBe('\\*\\*~~\\*\\*root');
    expect(escapeCellText('_~x~_y')).toBe('_\\~x\\~_y');
  });

  it('escapes every * and ~ directly inside bold, where they would break it', () => {
    expect(escapeCellText('React*', 'bold')).toBe('React\\*');
    expect(escapeCellText('805 ~ 1151', 'bold')).toBe('805 \\~ 1151');
    expect(escapeCellText('snake_case_name', 'bold')).toBe('snake_case_name');
  });

  it('escapes HTML, entities, code spans and math', () => {
    expect(escapeCellText('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(escapeCellText('<img src=//evil.example/pixel.png>')).toBe('\\<img src=//evil.example/pixel.png>');
    expect(escapeCellText('AT&amp;T')).toBe('AT\\&amp;T');
    expect(escapeCellText('use `npm` daily')).toBe('use \\`npm\\` daily');
    expect(escapeCellText('$120k-$150k')).toBe('\\$120k-\\$150k');
    expect(escapeCellText('from $120k')).toBe('from $120k');
    expect(escapeCellText('$$x$$')).toBe('\\$\\$x\\$\\$');
  });

  it('breaks autolink literals with an invisible word joiner where GitHub or remark would make one', () => {
    expect(escapeCellText('root@evil.example')).toBe('root@&#8288;evil.example');
    expect(escapeCellText('www.evil.example')).toBe('www&#8288;.evil.example');
    expect(escapeCellText('(WWW.evil.example', 'bold')).toBe('(WWW&#8288;.evil.example');
    expect(escapeCellText('see https://evil.example/x')).toBe('see https:&#8288;//evil.example/x');
    expect(escapeCellText('FTP://evil.example')).toBe('FTP:&#8288;//evil.example');
  });

  it('never breaks autolinks inside link text, which neither parser autolinks', () => {
    for (const text of ['Frontend Developer @ING Hubs Romania', 'root@evil.example www.x.com https://x.com'])
      expect(escapeCellText(text, 'link')).toBe(text);
  });

  it('keeps zero-width spaces and direction marks, drops what reorders text, controls and noncharacters', () => {
    const kept = 'Applications\u200b (Java) \u200eConnectWise a\u200db\u2060c';
    expect(escapeCellText(kept, 'link')).toBe(kept);
    expect(escapeCellText('\u202eevil\u202c \u2066x\u2069\u0000\n\ufffe\uffff\u{10fffe}y', 'link')).toBe(
      'evil xy',
    );
  });
});
