import { readFileSync } from 'node:fs';
import { markdownToHtml } from '@joblist/markdown-writer/html';
import { dependencyFile } from './_package-files.ts';
import { htmlDocument } from './html-document.ts';

let githubCss: string | undefined;

const LAYOUT = `
.markdown-body { box-sizing: border-box; max-width: 980px; margin: 0 auto; padding: 45px; }
@media (max-width: 767px) { .markdown-body { padding: 15px; } }`;

/**
 * A job-list Markdown file as GitHub would show it: rendered GFM in a `markdown-body` article with
 * GitHub's markdown styles (`github-markdown-css`) inlined, so the page needs no network.
 */
export function renderReadmePreview(markdown: string, title: string): string {
  githubCss ??= readFileSync(dependencyFile('github-markdown-css/github-markdown-light.css'), 'utf8');
  return htmlDocument({
    title,
    style: `${githubCss}${LAYOUT}`,
    body: [`<article class="markdown-body">\n${markdownToHtml(markdown)}\n</article>`],
  });
}
