import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './readme-html.ts';

/** Raw HTML and links a Markdown file could carry, written straight into it (not through the escaper). */
const HOSTILE = [
  '<script>alert(document.domain)</script>',
  '**[Backend a<code>b](https://example.com/x</code><script>alert(1)</script>)**',
  '<img src=x onerror=alert(1)> <svg onload=alert(1)></svg> <details open ontoggle=alert(1)>x</details>',
  '<iframe src="https://evil.example"></iframe> <style>body{display:none}</style> <textarea>t</textarea>',
  '[click](javascript:alert(1)) <a href="javascript:alert(1)">a</a> <a href="data:text/html,x">d</a>',
  '<form action="https://evil.example"><input name=q></form> <object data=x></object> <base href=//evil.example>',
  '<SCRIPT/>alert(1)</SCRIPT > <noembed>n</noembed> <xmp>x</xmp> <plaintext>p',
].join('\n\n');

const TAGS = 'script, style, iframe, textarea, svg, object, embed, form, base, meta, link, xmp, noembed';

describe('markdownToHtml: the preview as GitHub renders it', () => {
  const html = markdownToHtml(HOSTILE);
  const tree = fromHtml(html, { fragment: true });

  it('leaves no script, style, frame, form or other dangerous element', () => {
    expect(selectAll(TAGS, tree).map((node) => node.tagName)).toEqual([]);
  });

  it('leaves no event handler and no link or source with a scheme but http(s)', () => {
    const elements = selectAll('*', tree) as Element[];
    const handlers = elements.flatMap((node) =>
      Object.keys(node.properties).filter((name) => /^on/iu.test(name)),
    );
    expect(handlers).toEqual([]);
    const targets = elements.flatMap((node) =>
      [node.properties.href, node.properties.src].filter(Boolean).map(String),
    );
    expect(targets.filter((url) => /^[^/]*:/u.test(url) && !/^https?:/iu.test(url))).toEqual([]);
  });

  it('shows the tags the tag filter catches as text, as GitHub does', () => {
    expect(html).toContain('&#x3C;script>alert(document.domain)&#x3C;/script>');
    expect(html).toContain('&#x3C;iframe');
  });

  it('keeps what GitHub keeps: tables, bold links, <sub><small>, details', () => {
    const kept = markdownToHtml(
      '| A |\n| - |\n| **[Acme](https://acme.example)** |\n\n<sub><small>note</small></sub>\n\n<details><summary>s</summary>d</details>',
    );
    expect(kept).toContain('<td><strong><a href="https://acme.example">Acme</a></strong></td>');
    expect(kept).toContain('<sub><small>note</small></sub>');
    expect(kept).toContain('<details><summary>s</summary>d</details>');
  });
});
