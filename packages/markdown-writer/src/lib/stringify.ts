import type { Root } from 'mdast';
import type { Handlers, Join, Options } from 'mdast-util-to-markdown';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { linkDestination } from './link-destination.ts';
import type { MarkdownLiteral } from './nodes.ts';

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

const handlers: Partial<Handlers> & { markdown: (node: MarkdownLiteral) => string } = {
  break: () => '  \n',
  link(node, _parent, state, info) {
    // An e-mail address written bare, as GitHub autolinks it (GFM autolink literal).
    const label = nodeText(node);
    if (node.url === `mailto:${label}` && EMAIL.test(label)) return label;
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

/** Honours `data.blankLinesBefore` on a block. */
const joinByData: Join = (_left, right) => right.data?.blankLinesBefore;

/** The serialiser settings of a job-list document; `emphasis` differs between README (`_`) and archive (`*`). */
function stringifyOptions(emphasis: '_' | '*'): Options {
  return {
    bullet: '-',
    emphasis,
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    handlers,
    join: [joinByData],
  };
}

/** Serialises a job-list mdast tree to Markdown in the reference format. */
export function toReferenceMarkdown(tree: Root, emphasis: '_' | '*'): string {
  return unified().use(remarkGfm).use(remarkStringify, stringifyOptions(emphasis)).stringify(tree);
}
