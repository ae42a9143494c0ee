import { escapeTemplateText } from './escape-text.ts';
import type { TemplateNode } from './parse.ts';
import { type SlotItem, type SlotSpec, type SlotValues, TEMPLATE_FILTERS, TEMPLATE_SLOTS } from './slots.ts';

type Value = string | readonly SlotItem[];

/** The values and slot specs in reach at one nesting level (the top, or one list item). */
interface Frame {
  values: Readonly<Record<string, Value>>;
  specs: Readonly<Record<string, SlotSpec>>;
}

function resolve(name: string, frames: readonly Frame[]): { value: Value; spec: SlotSpec | undefined } {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index] as Frame;
    if (name in frame.specs) return { value: frame.values[name] ?? '', spec: frame.specs[name] };
  }
  return { value: '', spec: undefined };
}

function renderNodes(nodes: readonly TemplateNode[], frames: readonly Frame[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value;
      continue;
    }
    const { value, spec } = resolve(node.name, frames);
    if (node.type === 'slot') {
      if (typeof value !== 'string') continue;
      const filtered = node.filters.reduce((text, filter) => TEMPLATE_FILTERS[filter]?.(text) ?? text, value);
      out += spec?.kind === 'text' ? escapeTemplateText(filtered) : filtered;
    } else if (node.inverted) {
      if (value.length === 0) out += renderNodes(node.children, frames);
    } else if (typeof value === 'string' || spec?.kind !== 'list') {
      if (value.length > 0) out += renderNodes(node.children, frames);
    } else {
      for (const item of value)
        out += renderNodes(node.children, [...frames, { values: item, specs: spec.item }]);
    }
  }
  return out;
}

/**
 * Renders a checked template: text as written, each slot's value escaped for its kind (text for
 * Markdown; urls and the table as joblist built them), a block once per list item or once when its
 * value is set (`{{^…}}`: when it is empty).
 */
export function renderTemplate(nodes: readonly TemplateNode[], values: SlotValues): string {
  return renderNodes(nodes, [{ values: values as unknown as Frame['values'], specs: TEMPLATE_SLOTS }]);
}
