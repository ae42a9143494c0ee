import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateCondition, interpolate, type Scope } from '../src/lib/expression.ts';

const scope = (overrides: Partial<Scope> = {}): Scope => ({
  contexts: {
    github: { event_name: 'schedule', repository: 'o/r' },
    env: { NAME: 'x' },
    secrets: { TOKEN: 's3cret' },
    steps: { fetch: { outputs: { code: '3' } } },
    matrix: { node: '24' },
    inputs: {},
  },
  status: 'success',
  workspace: tmpdir(),
  ...overrides,
});

describe('expressions', () => {
  it.each([
    ["github.event_name == 'schedule'", true],
    ["github.event_name == 'SCHEDULE'", true],
    ["github.event_name != 'schedule'", false],
    ["steps.fetch.outputs.code == '3'", true],
    ['steps.fetch.outputs.code == 3', true],
    ["steps.missing.outputs.code == ''", true],
    ["!(matrix.node == '20') && env.NAME", 'x'],
    ["matrix.node == '20' || 'fallback'", 'fallback'],
    ['!null', true],
    ["contains('abc', 'B')", true],
    ["startsWith(github.repository, 'o/')", true],
    ["format('{0}-{1}', 'a', matrix.node)", 'a-24'],
    ['1 < 2 && 2 <= 2', true],
    ["fromJSON('[1,2]')[1]", 2],
    ["github['event_name']", 'schedule'],
  ])('%s → %j', (source, expected) => {
    expect(evaluate(source, scope())).toEqual(expected);
  });

  it('interpolates every ${{ }} of a text, null as nothing and quotes holding }}', () => {
    expect(interpolate("a ${{ matrix.node }} b ${{ steps.none.outputs.x }}c ${{ '}}' }}", scope())).toBe(
      'a 24 b c }}',
    );
  });

  it('reads an if: without ${{ }} and adds success() unless a status function is called', () => {
    const failed = scope({ status: 'failure' });
    expect(evaluateCondition(undefined, scope())).toBe(true);
    expect(evaluateCondition(undefined, failed)).toBe(false);
    expect(evaluateCondition("steps.fetch.outputs.code == '3'", failed)).toBe(false);
    expect(evaluateCondition("${{ steps.fetch.outputs.code == '3' }}", scope())).toBe(true);
    expect(evaluateCondition('always()', failed)).toBe(true);
    expect(evaluateCondition('failure()', failed)).toBe(true);
    expect(evaluateCondition('success()', failed)).toBe(false);
    expect(evaluateCondition(false, scope())).toBe(false);
  });

  it('hashFiles is empty without a match and changes with the content', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'hash-files-'));
    try {
      const inside = scope({ workspace });
      expect(evaluate("hashFiles('data/snapshot.json')", inside)).toBe('');
      expect(evaluateCondition("always() && hashFiles('data/snapshot.json') != ''", inside)).toBe(false);
      writeFileSync(join(workspace, 'a.json'), '1');
      const first = evaluate("hashFiles('*.json')", inside);
      expect(first).toMatch(/^[0-9a-f]{64}$/u);
      writeFileSync(join(workspace, 'a.json'), '2');
      expect(evaluate("hashFiles('**/*.json', '!b.json')", inside)).not.toBe(first);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('refuses what it cannot read, naming the expression', () => {
    expect(() => evaluate('github.event_name ==', scope())).toThrow(/github\.event_name ==/u);
    expect(() => evaluate("nope('x')", scope())).toThrow(/unknown function nope\(\)/u);
  });
});
