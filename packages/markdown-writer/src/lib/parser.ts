import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A remark parser with GFM (tables, autolink literals), as GitHub reads a README. */
export const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
