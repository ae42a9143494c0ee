import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileGraph,
  findCycles,
  importsOf,
  scanImports,
  srcViolations,
  starExports,
  undeclaredPackages,
  unitGraph,
} from './_helpers/imports.ts';

const ROOT = resolve(import.meta.dirname, '..');
const imports = scanImports(ROOT);
const show = (found: ReadonlyArray<{ from: string; specifier: string }>) =>
  found.map(({ from, specifier }) => `${from} → ${specifier}`);

describe('the import graph of this repository', () => {
  it('reads the imports of the packages, the CLI, the tests and the benchmarks', () => {
    const units = new Set(imports.map(({ from }) => from.split('/')[0]));
    for (const unit of ['packages', 'scripts', 'test', 'bench']) expect(units).toContain(unit);
    expect(imports.length).toBeGreaterThan(500);
  });

  it("never imports another package's src/ by path: packages are used by name, through their index", () => {
    expect(show(srcViolations(imports))).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(findCycles(fileGraph(imports))).toEqual([]);
  });

  it('has no cycle between packages, and the CLI is imported by none of them', () => {
    const graph = unitGraph(imports);
    expect(findCycles(graph)).toEqual([]);
    for (const [unit, targets] of graph)
      if (unit !== 'scripts') expect([unit, targets.has('scripts')]).toEqual([unit, false]);
  });

  it('declares every @joblist package a file imports in its package.json', () => {
    expect(undeclaredPackages(ROOT, imports)).toEqual([]);
  });

  it('has no `export *`: every index names its exports', () => {
    expect(starExports(ROOT)).toEqual([]);
  });

  it("pins every package's public API with a test beside its index", () => {
    const packages = readdirSync(join(ROOT, 'packages'));
    const unpinned = packages.filter((name) => {
      const test = join(ROOT, 'packages', name, 'src/index.test.ts');
      return !existsSync(test) || !/import \* as api from '\.\/index\.ts'/u.test(readFileSync(test, 'utf8'));
    });
    expect(packages.length).toBeGreaterThanOrEqual(9);
    expect(unpinned).toEqual([]);
  });

  it('keeps the CLI thin: scripts/ (its sources, launcher and compiler, tests aside) under 1,500 lines', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'test') walk(path);
        } else if (/\.(?:ts|mjs|cjs)$/u.test(entry.name) && !entry.name.includes('.test.')) files.push(path);
      }
    };
    walk(join(ROOT, 'scripts/src'));
    walk(join(ROOT, 'scripts/bin'));
    files.push(join(ROOT, 'scripts/compile.mjs'));
    const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length - 1, 0);
    expect(files.length).toBeGreaterThan(20);
    expect(lines).toBeLessThan(1500);
  });
});

describe('the files of this repository', () => {
  it('hold no merge conflict markers (a merge resolved in a hurry leaves them in docs, which no compiler reads)', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => /\.(?:md|ts|mjs|json|ya?ml)$/u.test(file) && existsSync(join(ROOT, file)));
    const marked = files.filter((file) => /^(?:<{7}|>{7}) /mu.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(files.length).toBeGreaterThan(100);
    expect(marked).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it("flag a path into another package's src/, and not a package's own files or its name", () => {
    const found = [
      ...importsOf('bench/x.ts', "import { a } from '../packages/stats/src/lib/stats.ts';"),
      ...importsOf('packages/build/src/lib/x.ts', "export { b } from '../../../config/src/index.ts';"),
      ...importsOf('scripts/test/x.ts', "const c = await import('@joblist/sources/src/lib/registry.ts');"),
      ...importsOf(
        'packages/build/src/lib/y.ts',
        "import { d } from './x.ts';\nimport { e } from '@joblist/config';",
      ),
      ...importsOf('packages/build/test/y.test.ts', "import { f } from '../src/lib/x.ts';"),
    ];
    expect(show(srcViolations(found))).toEqual([
      'bench/x.ts → ../packages/stats/src/lib/stats.ts',
      'packages/build/src/lib/x.ts → ../../../config/src/index.ts',
      'scripts/test/x.ts → @joblist/sources/src/lib/registry.ts',
    ]);
  });

  it('find a cycle of any length and a file importing itself, not a diamond', () => {
    const graph = (pairs: string[]) => {
      const edges = new Map<string, Set<string>>();
      for (const pair of pairs) {
        const [from = '', to = ''] = pair.split('>');
        edges.set(from, (edges.get(from) ?? new Set()).add(to));
        if (!edges.has(to)) edges.set(to, new Set());
      }
      return edges;
    };
    expect(findCycles(graph(['a>b', 'b>c', 'c>a', 'c>d', 'e>e']))).toEqual([['a', 'b', 'c'], ['e']]);
    expect(findCycles(graph(['a>b', 'a>c', 'b>d', 'c>d']))).toEqual([]);
  });

  it('see imports in code, not in strings', () => {
    const found = importsOf(
      'x.ts',
      "const text = \"import { a } from './b.ts'\";\nimport type { C } from './c.ts';",
    );
    expect(found.map(({ specifier }) => specifier)).toEqual(['./c.ts']);
  });
});
