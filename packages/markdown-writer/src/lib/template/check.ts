import { closestName } from '@joblist/core-model';
import type { TemplateNode } from './parse.ts';
import { TemplateError } from './parse.ts';
import { type SlotSpec, TEMPLATE_FILTERS, TEMPLATE_SLOTS, type ValueSlot } from './slots.ts';

type Scope = Readonly<Record<string, SlotSpec>>;

function lookup(name: string, scopes: readonly Scope[], file: string, line: number): SlotSpec {
  for (let index = scopes.length - 1; index >= 0; index -= 1) {
    const spec = scopes[index]?.[name];
    if (spec) return spec;
  }
  const known = scopes.flatMap((scope) => Object.keys(scope));
  const guess = closestName(name, known);
  throw new TemplateError(
    `${file}:${line}: unknown slot "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; see README "Templates" for the slot reference`,
  );
}

function checkNodes(nodes: readonly TemplateNode[], scopes: readonly Scope[], file: string): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    const spec = lookup(node.name, scopes, file, node.line);
    if (node.type === 'slot') {
      if (spec.kind === 'list')
        throw new TemplateError(
          `${file}:${node.line}: slot "${node.name}" is a list: use {{#${node.name}}}…{{/${node.name}}}`,
        );
      for (const filter of node.filters) {
        if (!TEMPLATE_FILTERS[filter])
          throw new TemplateError(
            `${file}:${node.line}: unknown filter "${filter}" on slot "${node.name}" (filters: ${Object.keys(TEMPLATE_FILTERS).join(', ')})`,
          );
        if (spec.kind !== 'text')
          throw new TemplateError(
            `${file}:${node.line}: filter "${filter}" applies to text slots, not "${node.name}"`,
          );
      }
      continue;
    }
    const inner: Scope =
      spec.kind === 'list' && !node.inverted ? (spec.item as Record<string, ValueSlot>) : {};
    checkNodes(node.children, [...scopes, inner], file);
  }
}

/** Checks every slot, filter and block of a parsed template against the slot reference; throws the first problem. */
export function checkTemplate(nodes: readonly TemplateNode[], file: string): void {
  checkNodes(nodes, [TEMPLATE_SLOTS], file);
}
