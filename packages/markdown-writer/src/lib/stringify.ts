import type { Root } from 'mdast';
import type { Handlers, Options } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { linkDestination } from './link-destination.ts';
import type { MarkdownLiteral } from './nodes.ts';

const handlers: Partial<Handlers> & { markdown: (node: MarkdownLiteral) => string } = {
  link(node, _parent, state, info) {
    const exit = state.enter('link');
    const exitLabel = state.enter('label');
    const tracker = state.createTracker(info);
    let value = tracker.move('[');
    value += tracker.move(state.containerPhrasing(node, { before: value, after: ']', ...tracker.current() }));
    exitLabel();
    value += tracker.move(`](${linkDestination(node.url)})`);
    exit();
    return value;
  },
  markdown: (node) => node.value,
};

/** The serialiser settings of a job-list document (the overflow pages and their notes). */
function stringifyOptions(emphasis: '_' | '*'): Options {
  return { bullet: '-', emphasis, strong: '*', rule: '-', listItemIndent: 'one', handlers };
}

/** Serialises a job-list mdast tree to Markdown in the reference format (links written raw, as the reference does). */
export function toReferenceMarkdown(tree: Root, emphasis: '_' | '*'): string {
  return unified().use(remarkGfm).use(remarkStringify, stringifyOptions(emphasis)).stringify(tree);
}
