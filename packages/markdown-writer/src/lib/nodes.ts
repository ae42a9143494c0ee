import type {
  Heading,
  Html,
  Link,
  List,
  Literal,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Text,
} from 'mdast';

/** A block of Markdown rendered beforehand (the openings table), written as is. */
export interface MarkdownLiteral extends Literal {
  type: 'markdown';
}

declare module 'mdast' {
  interface Data {
    /** Blank lines to write before this block (the reference format has a few odd gaps). */
    blankLinesBefore?: number;
  }
  interface RootContentMap {
    markdown: MarkdownLiteral;
  }
}

/** A text node. */
export const text = (value: string): Text => ({ type: 'text', value });

/** A strong (bold) node. */
export const strong = (...children: PhrasingContent[]): Strong => ({ type: 'strong', children });

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

/** Raw HTML (a comment or inline tags). */
export const html = (value: string): Html => ({ type: 'html', value });

/** Markdown written as is (rendered beforehand). */
export const markdown = (value: string): MarkdownLiteral => ({ type: 'markdown', value });

/** A tight bullet list, one paragraph per item. */
export const bulletList = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(...children)],
  })),
});

/** Marks a block to be written with exactly `lines` blank lines before it. */
export function withBlankLinesBefore<T extends RootContent>(node: T, lines: number): T {
  return { ...node, data: { ...node.data, blankLinesBefore: lines } };
}
