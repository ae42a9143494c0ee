import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownParser } from './parser.ts';

const toHtml = markdownParser()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

let githubCss: string | undefined;

const escapeTitle = (value: string) =>
  value.replace(
    /[&<>"]/gu,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

/**
 * A README (or any job-list Markdown file) as GitHub would show it: GFM rendered by remark-rehype and
 * rehype-stringify inside a `markdown-body` article, with GitHub's markdown styles
 * (`github-markdown-css`) inlined, so the page needs no network.
 */
export function renderReadmeHtml(markdown: string, title: string): string {
  githubCss ??= readFileSync(
    createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeTitle(title)}</title>`,
    `<style>${githubCss}\n.markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 45px; }\n@media (max-width: 767px) { .markdown-body { padding: 15px; } }</style>`,
    '</head>',
    '<body>',
    `<article class="markdown-body">\n${String(toHtml.processSync(markdown))}\n</article>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
