import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../../../test/_helpers/arbitraries.ts';
import {
  cleanDescription,
  cleanText,
  cleanTextFully,
  decodeEntities,
  htmlToText,
  repairMojibake,
} from './text.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('CI&amp;T &#8217; &#x2014; &nbsp;x')).toBe('CI&T \u2019 \u2014 \u00a0x');
  });

  it('leaves text without references alone', () => {
    expect(decodeEntities('AT&T rocks')).toBe('AT&T rocks');
  });
});

describe('htmlToText', () => {
  it('turns paragraphs, breaks and list items into lines', () => {
    const html =
      '<h2>About</h2><p>We build <b>tools</b>.</p><ul><li>Node</li><li>Go</li></ul><p>Line<br>two</p>';
    expect(htmlToText(html)).toBe('About\n\nWe build tools.\n\n- Node\n- Go\n\nLine\ntwo');
  });

  it('unescapes entity-escaped HTML before converting it', () => {
    expect(htmlToText('&lt;p&gt;Salt &amp;amp; pepper&lt;/p&gt;&lt;p&gt;Next&lt;/p&gt;')).toBe(
      'Salt & pepper\n\nNext',
    );
  });

  it('drops scripts and styles and keeps at most one blank line', () => {
    expect(htmlToText('<style>p{}</style><p>a</p><br><br><br><p>b</p><script>x()</script>')).toBe('a\n\nb');
  });
});

describe('repairMojibake', () => {
  it.each([
    ['FlorianÃ³polis', 'Florianópolis'],
    ['cafÃ©', 'café'],
    ['weâ€™re', 'we’re'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['SÃ£o Paulo â€“ Brasil', 'São Paulo – Brasil'],
    ['ZÃ¼rich', 'Zürich'],
    ['emoji ðŸš€', 'emoji 🚀'],
    ['double ÃƒÂ³', 'double ó'],
  ])('repairs %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it.each(['Café', 'naïve', 'São Paulo', 'Zürich – “quoted” — ok', 'Ångström', 'plain'])(
    'leaves correct text %s alone',
    (text) => {
      expect(repairMojibake(text)).toBe(text);
    },
  );

  it('repairs mojibake next to correct non-ASCII characters', () => {
    expect(repairMojibake('– FlorianÃ³polis')).toBe('– Florianópolis');
  });
});

describe('cleanText', () => {
  it('strips tags, decodes entities, repairs mojibake and collapses whitespace', () => {
    expect(cleanText('  <b>Senior</b>\n Engineer &amp; Lead  ')).toBe('Senior Engineer & Lead');
    expect(cleanText('CI&amp;T')).toBe('CI&T');
    expect(cleanText(' FlorianÃ³polis,\tBrazil ')).toBe('Florianópolis, Brazil');
    expect(cleanText('&lt;span&gt;Acme&lt;/span&gt;')).toBe('Acme');
  });

  it('keeps plain text that only looks like a comparison', () => {
    expect(cleanText('Salary < 50k & equity')).toBe('Salary < 50k & equity');
  });

  it('removes invisible characters', () => {
    expect(cleanText('Ac\u200bme\u0000 Inc\u0085\ufeff')).toBe('Acme Inc');
  });

  it('accepts numbers and gives empty text for anything else', () => {
    expect(cleanText(42)).toBe('42');
    expect(cleanText(null)).toBe('');
    expect(cleanText({ name: 'x' })).toBe('');
  });
});

describe('cleanDescription', () => {
  it('converts HTML and repairs mojibake, keeping line breaks', () => {
    expect(cleanDescription('<p>Weâ€™re hiring</p><p>Apply</p>')).toBe('We’re hiring\n\nApply');
  });

  it('keeps plain text as is, trimmed', () => {
    expect(cleanDescription('  Line one\nLine two  ')).toBe('Line one\nLine two');
  });

  it('returns undefined when nothing is left', () => {
    expect(cleanDescription('<p> </p>')).toBeUndefined();
    expect(cleanDescription(undefined)).toBeUndefined();
  });
});

describe('mojibake around markup', () => {
  it('repairs a broken no-break space before the markup swallows it', () => {
    expect(cleanDescription('<p>each other.Â\u00a0</p><p>Next</p>')).toBe('each other.\n\nNext');
  });

  it('repairs mojibake written as entities', () => {
    expect(cleanText('Florian&#195;&#179;polis')).toBe('Florianópolis');
  });
});

describe('plain text with entities', () => {
  it('decodes entities without losing the line breaks of plain text', () => {
    expect(cleanDescription('Salt &amp; pepper\nLine two\n\n- item')).toBe(
      'Salt & pepper\nLine two\n\n- item',
    );
  });

  it('keeps a decoded comparison as text', () => {
    expect(cleanText('Salary &lt; 50k')).toBe('Salary < 50k');
  });
});

describe('double-encoded entities', () => {
  it('decodes a raw description until no entity is left', () => {
    expect(cleanDescription('<p>Research &amp;amp; Development</p>')).toBe('Research & Development');
    expect(cleanDescription('Tom &amp;amp; Jerry')).toBe('Tom & Jerry');
    expect(cleanText('Q&amp;amp;amp;A')).toBe('Q&A');
  });

  it('stops after a bounded number of passes', () => {
    const deep = `A${'&amp;'.repeat(1)}${'amp;'.repeat(50)}B`;
    expect(cleanText(deep)).toMatch(/^A&(?:amp;)+B$/u);
  });
});

describe('cleanText on plain text', () => {
  it('gives what the whole clean-up gives, for any text', () => {
    const text = textOf(['&', '&amp;', '<b>', '<', '>', 'Ã©', 'é']);
    fc.assert(
      fc.property(text, (value) => {
        expect(cleanText(value)).toBe(cleanTextFully(value));
      }),
      { numRuns: 3000 },
    );
  });
});
