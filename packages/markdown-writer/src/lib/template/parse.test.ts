import { describe, expect, it } from 'vitest';
import { checkTemplate } from './check.ts';
import { parseTemplate } from './parse.ts';

const parseChecked = (source: string) => {
  const nodes = parseTemplate(source, 'T.md');
  checkTemplate(nodes, 'T.md');
  return nodes;
};

describe('parseTemplate', () => {
  it('keeps every byte of text and reads slots with filters', () => {
    expect(parseTemplate('# {{ role | title }} Jobs  \n', 'T.md')).toEqual([
      { type: 'text', value: '# ' },
      { type: 'slot', name: 'role', filters: ['title'], line: 1 },
      { type: 'text', value: ' Jobs  \n' },
    ]);
  });

  it('gives a block tag alone on its line the whole line', () => {
    const nodes = parseTemplate('a\n{{#related}}\n- x\n{{/related}}\nb', 'T.md');
    expect(nodes).toEqual([
      { type: 'text', value: 'a\n' },
      {
        type: 'block',
        name: 'related',
        inverted: false,
        line: 2,
        children: [{ type: 'text', value: '- x\n' }],
      },
      { type: 'text', value: 'b' },
    ]);
  });

  it('drops comments', () => {
    expect(parseTemplate('a{{! note }}b\n  {{! whole line }}\nc', 'T.md')).toEqual([
      { type: 'text', value: 'a' },
      { type: 'text', value: 'b\n' },
      { type: 'text', value: 'c' },
    ]);
  });

  it.each([
    ['a\n{{#related}}\nx\n', 'T.md:2: block "related" is never closed'],
    ['a\n\n{{role', 'T.md:3: "{{" is never closed with "}}"'],
    ['{{role}} {{ role\n}}x{{', 'T.md:2: "{{" is never closed with "}}"'],
    ['{{#related}}{{/role}}', 'T.md:1: "{{/role}}" closes no open block (open: "related" from line 1)'],
    ['x\n{{/role}}', 'T.md:2: "{{/role}}" closes no open block'],
    ['{{ 1x }}', 'T.md:1: "{{1x}}" is not a slot name'],
    ['{{#related | title}}{{/related}}', 'T.md:1: block "related" takes no filters'],
  ])('refuses %j with the file and line', (source, message) => {
    expect(() => parseTemplate(source, 'T.md')).toThrow(message);
  });
});

describe('checkTemplate', () => {
  it('accepts every slot of the reference and item slots inside their list', () => {
    expect(() =>
      parseChecked('{{role | title | upper}} {{#related}}[{{name}}]({{url}}){{/related}}'),
    ).not.toThrow();
  });

  it.each([
    ['\n{{rol}}', 'T.md:2: unknown slot "rol" (did you mean "role"?)'],
    ['{{brand.nmae}}', 'unknown slot "brand.nmae" (did you mean "brand.name"?)'],
    ['{{name}}', 'T.md:1: unknown slot "name"'],
    ['{{related}}', 'slot "related" is a list: use {{#related}}…{{/related}}'],
    ['{{role | shout}}', 'unknown filter "shout" on slot "role" (filters: title, lower, upper)'],
    ['{{table | title}}', 'filter "title" applies to text slots, not "table"'],
  ])('refuses %j naming the slot', (source, message) => {
    expect(() => parseChecked(source)).toThrow(message);
  });
});
