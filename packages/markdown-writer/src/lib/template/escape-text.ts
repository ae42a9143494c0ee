import { toReferenceMarkdown } from '../stringify.ts';

const escaped = new Map<string, string>();

/**
 * Escapes a maintainer's text (a role, the brand's tagline) for a template exactly as the serialiser
 * escapes text that opens a paragraph: what could read as markup (emphasis, a link, HTML, an entity, a
 * block marker at the start) gets a backslash, so the value reads back as the same plain text wherever
 * the template puts it. Memoised: the same few values recur in every category.
 */
export function escapeTemplateText(value: string): string {
  let out = escaped.get(value);
  if (out === undefined) {
    out = toReferenceMarkdown(
      { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] },
      '_',
    ).replace(/\n$/u, '');
    escaped.set(value, out);
  }
  return out;
}
