import { escapeHtml } from './escape-html.ts';

/** What a self-contained HTML page is made of. */
export interface HtmlDocument {
  title: string;
  /** Inlined into the page's one `<style>`. */
  style: string;
  /** Extra `<head>` lines (already HTML). */
  head?: readonly string[];
  /** `<body>` lines (already HTML). */
  body: readonly string[];
}

/** A complete, self-contained HTML5 page: UTF-8, phone viewport, inline style, no external resource. */
export function htmlDocument(page: HtmlDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    ...(page.head ?? []),
    `<style>${page.style}</style>`,
    '</head>',
    '<body>',
    ...page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
