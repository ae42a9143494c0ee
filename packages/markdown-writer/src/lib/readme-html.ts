import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownParser } from './parser.ts';
import { rehypeTagfilter } from './tagfilter.ts';

/**
 * GitHub's allow-list: `rehype-sanitize`'s default schema (modelled on it: no script, style, form,
 * event handler or `javascript:` URL, ids prefixed `user-content-`) plus the inline elements GitHub
 * also keeps, such as the `<small>` of the templates' notes.
 */
const GITHUB_SCHEMA = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    ...['abbr', 'bdo', 'caption', 'cite', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'wbr'],
  ],
};

/** GitHub's rendering: GFM with raw HTML, the tag filter on that HTML, then the allow-list sanitiser. */
const toHtml = markdownParser()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeTagfilter)
  .use(rehypeRaw)
  .use(rehypeSanitize, GITHUB_SCHEMA)
  .use(rehypeStringify)
  .freeze();

/** Job-list Markdown (a README, a page, an archive file) as HTML, rendered and sanitised the way GitHub does. */
export function markdownToHtml(markdown: string): string {
  return String(toHtml.processSync(markdown));
}
