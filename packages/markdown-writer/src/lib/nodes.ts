import type { Heading, Link, Literal, Paragraph, PhrasingContent, Text } from 'mdast';

/** A block of Markdown rendered beforehand (the openings table), written as is. */
export interface MarkdownLiteral extends Literal {
  type: 'markdown';
}

declare module 'mdast' {
  interface RootContentMap {
    markdown: MarkdownLiteral;
  }
}

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/** A link node. */
export const link = (url: string, ...children: PhrasingContent[]): Link => ({ type: 'link', url, children });

/** A paragraph. */
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A heading of the given depth with plain text. */
export const heading = (depth: Heading['depth'], value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

/** Markdown written as is (rendered beforehand). */
export const markdown = (value: string): MarkdownLiteral => ({ type: 'markdown', value });
