import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownParser } from './parser.ts';

const toHtml = markdownParser()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Job-list Markdown (a README, a page, an archive file) as HTML, the way GitHub renders GFM. */
export function markdownToHtml(markdown: string): string {
  return String(toHtml.processSync(markdown));
}
