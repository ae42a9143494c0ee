import { hashFiles } from './hash-files.ts';

/** A value an expression works with: what GitHub's expression language has (JSON values). */
export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

/** The status functions see: the job's state before the step (`success()`, `failure()`, `cancelled()`). */
export type JobStatus = 'success' | 'failure' | 'cancelled';

/** What an expression is evaluated against: the contexts (`github`, `env`, `steps`…), the job status and the workspace (`hashFiles`). */
export interface Scope {
  contexts: Record<string, Value>;
  status: JobStatus;
  workspace: string;
}

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'name'; name: string }
  | { kind: 'member'; object: Node; key: Node }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; operator: string; left: Node; right: Node };

type Token = { type: 'punct' | 'string' | 'number' | 'name'; text: string; value?: Value };

const PUNCTUATION = ['==', '!=', '<=', '>=', '&&', '||', '(', ')', '[', ']', ',', '.', '!', '<', '>'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/u.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest.startsWith("'")) {
      const match = /^'((?:[^']|'')*)'/u.exec(rest);
      if (!match) throw new Error(`unterminated string in expression: ${source}`);
      tokens.push({ type: 'string', text: match[0], value: (match[1] ?? '').replaceAll("''", "'") });
      at += match[0].length;
      continue;
    }
    const number = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)/iu.exec(rest);
    const previous = tokens.at(-1);
    const signAllowed = !previous || (previous.type === 'punct' && ![')', ']'].includes(previous.text));
    if (number && (!number[0].startsWith('-') || signAllowed)) {
      tokens.push({ type: 'number', text: number[0], value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    const name = /^[a-z_][a-z0-9_-]*/iu.exec(rest);
    if (name) {
      tokens.push({ type: 'name', text: name[0] });
      at += name[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((candidate) => rest.startsWith(candidate));
    if (!punct) throw new Error(`unexpected "${rest[0]}" in expression: ${source}`);
    tokens.push({ type: 'punct', text: punct });
    at += punct.length;
  }
  return tokens;
}

const KEYWORDS: Record<string, Value> = { true: true, false: false, null: null, NaN: Number.NaN };

/** Parses an expression (the text inside `${{ }}`) into a tree; throws naming the expression on a syntax error. */
function parse(source: string): Node {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (what: string): never => {
    throw new Error(`${what} in expression: ${source}`);
  };
  const expect = (text: string) => {
    if (peek()?.text !== text) fail(`expected "${text}"`);
    at++;
  };
  const binary = (operators: string[], next: () => Node) => (): Node => {
    let left = next();
    for (let token = peek(); token?.type === 'punct' && operators.includes(token.text); token = peek()) {
      at++;
      left = { kind: 'binary', operator: token.text, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) return fail('unexpected end');
    if (token.type === 'string' || token.type === 'number')
      return { kind: 'literal', value: token.value ?? null };
    if (token.type === 'punct' && token.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token.type !== 'name') return fail(`unexpected "${token.text}"`);
    if (Object.hasOwn(KEYWORDS, token.text)) return { kind: 'literal', value: KEYWORDS[token.text] ?? null };
    if (peek()?.text !== '(') return { kind: 'name', name: token.text };
    at++;
    const args: Node[] = [];
    while (peek()?.text !== ')') {
      args.push(or());
      if (peek()?.text === ',') at++;
      else if (peek()?.text !== ')') fail('expected "," or ")"');
    }
    at++;
    return { kind: 'call', name: token.text.toLowerCase(), args };
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (peek()?.text === '.') {
        at++;
        const key = tokens[at++];
        if (key?.type !== 'name') return fail('expected a property name after "."');
        node = { kind: 'member', object: node, key: { kind: 'literal', value: key.text } };
      } else if (peek()?.text === '[') {
        at++;
        node = { kind: 'member', object: node, key: or() };
        expect(']');
      } else return node;
    }
  };
  const unary = (): Node => {
    if (peek()?.text === '!') {
      at++;
      return { kind: 'not', operand: unary() };
    }
    return postfix();
  };
  const comparison = binary(['<', '<=', '>', '>='], unary);
  const equality = binary(['==', '!='], comparison);
  const and = binary(['&&'], equality);
  const or = binary(['||'], and);
  const tree = or();
  if (at < tokens.length) fail(`unexpected "${tokens[at]?.text}"`);
  return tree;
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are falsy; objects and arrays are truthy. */
export function truthy(value: Value): boolean {
  return !(value === false || value === null || value === '' || value === 0 || Number.isNaN(value));
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number.NaN;
}

/** Loose comparison as GitHub does it: strings case-insensitively, mixed types as numbers. Returns <0, 0, >0 or NaN. */
function compare(left: Value, right: Value): number {
  if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toUpperCase();
    const b = right.toUpperCase();
    return a === b ? 0 : a < b ? -1 : 1;
  }
  if (typeof left === 'object' && left !== null) return left === right ? 0 : Number.NaN;
  return toNumber(left) - toNumber(right);
}

/** A value as text, as `${{ }}` puts it into a string: null is empty, objects are JSON. */
export function stringify(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

/** A property of an object, found case-insensitively as GitHub's contexts are; null when absent. */
function member(object: Value, key: Value): Value {
  if (object === null || typeof object !== 'object') return null;
  if (Array.isArray(object)) return (object as Value[])[toNumber(key)] ?? null;
  const record = object as Record<string, Value>;
  const name = stringify(key);
  if (Object.hasOwn(record, name)) return record[name] ?? null;
  const found = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return found === undefined ? null : (record[found] ?? null);
}

const STATUS_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled']);

function callFunction(name: string, args: Value[], scope: Scope): Value {
  const text = (index: number) => stringify(args[index] ?? null);
  switch (name) {
    case 'success':
      return scope.status === 'success';
    case 'failure':
      return scope.status === 'failure';
    case 'cancelled':
      return scope.status === 'cancelled';
    case 'always':
      return true;
    case 'contains': {
      const haystack = args[0] ?? null;
      if (Array.isArray(haystack)) return haystack.some((item) => compare(item, args[1] ?? null) === 0);
      return text(0).toLowerCase().includes(text(1).toLowerCase());
    }
    case 'startswith':
      return text(0).toLowerCase().startsWith(text(1).toLowerCase());
    case 'endswith':
      return text(0).toLowerCase().endsWith(text(1).toLowerCase());
    case 'format':
      return text(0).replace(/\{(\d+)\}/gu, (_, index: string) => text(Number(index) + 1));
    case 'join': {
      const list = args[0] ?? null;
      const separator = args.length > 1 ? text(1) : ',';
      return Array.isArray(list) ? list.map((item) => stringify(item)).join(separator) : text(0);
    }
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'fromjson':
      return JSON.parse(text(0)) as Value;
    case 'hashfiles':
      return hashFiles(
        scope.workspace,
        args.map((_, index) => text(index)),
      );
    default:
      throw new Error(`unknown function ${name}() in expression`);
  }
}

function evaluateNode(node: Node, scope: Scope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'name':
      return member(scope.contexts, node.name);
    case 'member':
      return member(evaluateNode(node.object, scope), evaluateNode(node.key, scope));
    case 'call':
      return callFunction(
        node.name,
        node.args.map((arg) => evaluateNode(arg, scope)),
        scope,
      );
    case 'not':
      return !truthy(evaluateNode(node.operand, scope));
    case 'binary': {
      const left = evaluateNode(node.left, scope);
      if (node.operator === '&&') return truthy(left) ? evaluateNode(node.right, scope) : left;
      if (node.operator === '||') return truthy(left) ? left : evaluateNode(node.right, scope);
      const order = compare(left, evaluateNode(node.right, scope));
      if (node.operator === '==') return order === 0;
      if (node.operator === '!=') return order !== 0;
      if (Number.isNaN(order)) return false;
      if (node.operator === '<') return order < 0;
      if (node.operator === '<=') return order <= 0;
      if (node.operator === '>') return order > 0;
      return order >= 0;
    }
  }
}

/** Evaluates one expression (the text inside `${{ }}`). */
export function evaluate(source: string, scope: Scope): Value {
  return evaluateNode(parse(source), scope);
}

function callsStatusFunction(node: Node): boolean {
  switch (node.kind) {
    case 'call':
      return STATUS_FUNCTIONS.has(node.name) || node.args.some(callsStatusFunction);
    case 'member':
      return callsStatusFunction(node.object) || callsStatusFunction(node.key);
    case 'not':
      return callsStatusFunction(node.operand);
    case 'binary':
      return callsStatusFunction(node.left) || callsStatusFunction(node.right);
    default:
      return false;
  }
}

/**
 * Evaluates an `if:` condition as a runner does: with or without `${{ }}`, and, when it calls none of
 * `success()`, `failure()`, `always()`, `cancelled()`, as `success() && (<condition>)`. No condition is `success()`.
 */
export function evaluateCondition(condition: string | boolean | number | undefined, scope: Scope): boolean {
  if (condition === undefined) return scope.status === 'success';
  const text = String(condition).trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/u.exec(text)?.[1];
  const whole = inner !== undefined && !inner.includes('}}') ? inner : undefined;
  // Partly wrapped (`${{ a }} == b`), the runner interpolates and reads the text: any non-empty text is true.
  if (whole === undefined && text.includes('${{'))
    return scope.status === 'success' && interpolate(text, scope) !== '';
  const tree = parse(whole ?? text);
  const value = truthy(evaluateNode(tree, scope));
  return callsStatusFunction(tree) ? value : scope.status === 'success' && value;
}

/** Replaces every `${{ expression }}` in a text with its value (strings with `}}` inside quotes are handled). */
export function interpolate(text: string, scope: Scope): string {
  let result = '';
  let at = 0;
  for (let start = text.indexOf('${{', at); start >= 0; start = text.indexOf('${{', at)) {
    let end = start + 3;
    let quoted = false;
    while (end < text.length && (quoted || !text.startsWith('}}', end))) {
      if (text[end] === "'") quoted = !quoted;
      end++;
    }
    if (end >= text.length) throw new Error(`unterminated \${{ in: ${text}`);
    result += text.slice(at, start) + stringify(evaluate(text.slice(start + 3, end), scope));
    at = end + 2;
  }
  return result + text.slice(at);
}
