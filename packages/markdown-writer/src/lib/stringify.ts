import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Handlers, Options } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';
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

/**
 * GFM serialisation (tables, strikethrough, autolink literals) for remark-stringify: the part of remark-gfm a
 * serialiser uses, without the GFM parser extensions remark-gfm also builds (30 ms of every build's start).
 */
function remarkGfmStringify(this: Processor): void {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmToMarkdown()];
}

/** One frozen serialiser per emphasis marker, built on first use. */
const serialisers = new Map<'_' | '*', Processor<undefined, undefined, undefined, Root, string>>();

/** Serialises a job-list mdast tree to Markdown in the reference format (links written raw, as the reference does). */
export function toReferenceMarkdown(tree: Root, emphasis: '_' | '*'): string {
  let serialiser = serialisers.get(emphasis);
  if (!serialiser) {
    serialiser = unified().use(remarkGfmStringify).use(remarkStringify, stringifyOptions(emphasis)).freeze();
    serialisers.set(emphasis, serialiser);
  }
  return serialiser.stringify(tree);
}
