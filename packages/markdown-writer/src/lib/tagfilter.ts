import type { Nodes, Root } from 'hast';

/**
 * GFM's "disallowed raw HTML" (the `tagfilter` extension GitHub runs): the `<` of an opening or
 * closing `title`, `textarea`, `style`, `xmp`, `iframe`, `noembed`, `noframes`, `script` or
 * `plaintext` tag (any case; the name followed by whitespace, `>` or `/>`) becomes `&lt;`, so the
 * tag shows as text.
 */
const DISALLOWED_TAG =
  /<(?=\/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[\t\n\v\f\r >]|\/>))/giu;

function filterRaw(node: Nodes): void {
  if (node.type === 'raw') node.value = node.value.replace(DISALLOWED_TAG, '&lt;');
  else if ('children' in node) for (const child of node.children) filterRaw(child);
}

/** A rehype plugin applying GFM's tag filter to the raw HTML of a tree, before it is parsed. */
export function rehypeTagfilter() {
  return (tree: Root) => filterRaw(tree);
}
