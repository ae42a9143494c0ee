import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** One import of a source file: the file (relative to the root), what it names and, when it is ours, the file it reaches. */
export interface SourceImport {
  from: string;
  specifier: string;
  /** The imported file relative to the root (`@joblist/x` is its package's `src/index.ts`), undefined for other modules. */
  to: string | undefined;
}

/** Every TypeScript and ES module source file git knows in `root` (tracked or not ignored), relative to it. */
export function sourceFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => /\.(?:ts|mts|mjs)$/u.test(file) && existsSync(join(root, file)));
}

/**
 * The unit a file belongs to: `packages/<name>`, `categories/<id>`, `scripts` (the CLI) or `.` (the root:
 * `test/`, `bench/`, root configs).
 */
export function unitOf(file: string): string {
  const [top, name] = file.split('/');
  if ((top === 'packages' || top === 'categories') && name !== undefined && file.split('/').length > 2)
    return `${top}/${name}`;
  return top === 'scripts' ? 'scripts' : '.';
}

/** The imports (static, `export … from`, and `import()` of a string) of `text`, the source of `file`. */
export function importsOf(file: string, text: string): SourceImport[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName: specifier }) => {
    let to: string | undefined;
    if (specifier.startsWith('.')) to = posix.normalize(posix.join(posix.dirname(file), specifier));
    else if (specifier.startsWith('@joblist/')) {
      const [, name, ...rest] = specifier.split('/');
      to = rest.length === 0 ? `packages/${name}/src/index.ts` : `packages/${name}/${rest.join('/')}`;
    }
    return { from: file, specifier, to };
  });
}

/** Every import of every source file of `root`. */
export function scanImports(root: string): SourceImport[] {
  return sourceFiles(root).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

/**
 * The imports that reach into another unit's `src/` by path (`../packages/x/src/…`, `@joblist/x/src/…`):
 * a package is used through its name and its index only.
 */
export function srcViolations(imports: readonly SourceImport[]): SourceImport[] {
  return imports.filter(({ from, specifier, to }) => {
    if (to === undefined) return false;
    const unit = unitOf(to);
    const intoSrc = unit !== '.' && to.startsWith(`${unit}/src/`);
    const byName = specifier.startsWith('@joblist/') && to.endsWith('/src/index.ts');
    return intoSrc && !byName && unitOf(from) !== unit;
  });
}

/** The cycles of a directed graph: each strongly connected component of more than one node, or a node that reaches itself. */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  // Tarjan's algorithm, iterative (deep import chains must not exhaust the stack).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: Iterator<string> }> = [];
    const visit = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: (edges.get(node) ?? new Set<string>()).values() });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: Iterator<string> };
      const step = frame.next.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) visit(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.get(frame.node)?.has(frame.node)) cycles.push(component.sort());
    }
  }
  return cycles;
}

/** The graph of imports between files (only imports of our own files). */
export function fileGraph(imports: readonly SourceImport[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const targets = graph.get(from) ?? new Set<string>();
    if (to !== undefined) targets.add(to);
    graph.set(from, targets);
  }
  return graph;
}

/** The graph of imports between units, by their source files (`src/`) only: what each package needs to run. */
export function unitGraph(imports: readonly SourceImport[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (to === undefined || !/^(?:packages\/[^/]+|scripts)\/src\//u.test(from) || /\.test\.ts$/u.test(from))
      continue;
    const unit = unitOf(from);
    const targets = graph.get(unit) ?? new Set<string>();
    if (unitOf(to) !== unit) targets.add(unitOf(to));
    graph.set(unit, targets);
  }
  return graph;
}

/** The `@joblist/*` packages a file imports that its unit's `package.json` does not declare (tests may use devDependencies). */
export function undeclaredPackages(root: string, imports: readonly SourceImport[]): string[] {
  const manifests = new Map<string, { dependencies?: object; devDependencies?: object; name?: string }>();
  const manifest = (unit: string) => {
    if (!manifests.has(unit))
      manifests.set(unit, JSON.parse(readFileSync(join(root, unit, 'package.json'), 'utf8')));
    return manifests.get(unit) ?? {};
  };
  const problems = new Set<string>();
  for (const { from, specifier } of imports) {
    if (!specifier.startsWith('@joblist/')) continue;
    const name = specifier.split('/').slice(0, 2).join('/');
    const unit = unitOf(from);
    const { dependencies = {}, devDependencies = {}, name: own } = manifest(unit);
    const isSource = /\/src\//u.test(from) && !/\.test\.ts$/u.test(from);
    const declared = name in dependencies || (!isSource && name in devDependencies) || name === own;
    if (!declared) problems.add(`${from}: ${name} is not in ${join(unit, 'package.json')}`);
  }
  return [...problems].sort();
}

/** The files (relative to the root) that re-export with `export *`. */
export function starExports(root: string): string[] {
  return sourceFiles(root).filter((file) =>
    /^\s*export\s+\*\s+(?:as\s+\w+\s+)?from\s/mu.test(readFileSync(join(root, file), 'utf8')),
  );
}
