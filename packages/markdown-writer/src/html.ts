/**
 * `@joblist/markdown-writer/html`: Markdown as GitHub renders it (cmark-gfm's rules, its tag filter and
 * allow-list), for previews. An entry point of its own: its HTML pipeline (rehype, parse5) is loaded only where
 * a preview is shown, never by the commands that only write the format.
 */
export { markdownToHtml } from './lib/readme-html.ts';
