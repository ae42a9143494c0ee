import { type FieldProblem, flattenIssues, SchemaError, SourceConfigSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { SourceGuardsSchema } from '../adapter/source-options.ts';
import type { SourceAdapter } from '../types.ts';

/** Adapters by their `type`. */
export type SourceRegistry = ReadonlyMap<string, SourceAdapter>;

/** A configured source, validated and ready to run. */
export interface PlannedSource {
  /** Position in the config's `sources` list. */
  index: number;
  /** Stable id, e.g. `greenhouse:gitlab`; the job-id namespace. */
  id: string;
  adapter: SourceAdapter;
  /** The adapter's options after its schema (defaults applied). */
  options: unknown;
  /** Category ids every job of this source belongs to. */
  categories: string[];
  /** The shared options with their defaults: the shrink guard and the memory bound. */
  guards: v.InferOutput<typeof SourceGuardsSchema>;
}

/**
 * Validates every source config against the registry and each adapter's option schema. All problems
 * are collected and thrown together as one {@link SchemaError} naming `file`, `sources.<index>` and the
 * field; two sources with the same id are an error too (their jobs would share ids).
 */
export function planSources(
  configs: readonly unknown[],
  registry: SourceRegistry,
  file: string,
): PlannedSource[] {
  const problems: FieldProblem[] = [];
  const planned: PlannedSource[] = [];
  configs.forEach((config, index) => {
    const result = planSource(config, index, registry);
    if (Array.isArray(result)) problems.push(...atSource(index, result));
    else planned.push(result);
  });
  const firstById = new Map<string, number>();
  for (const source of planned) {
    const first = firstById.get(source.id);
    if (first === undefined) {
      firstById.set(source.id, source.index);
      continue;
    }
    const message = `has the same source id as sources.${first}; tell them apart (e.g. a different board or name)`;
    problems.push(
      ...atSource(source.index, [{ path: '(root)', message, received: JSON.stringify(source.id) }]),
    );
  }
  if (problems.length > 0) throw new SchemaError(file, problems);
  return planned;
}

/** Places problems of one source entry under `sources.<index>`. */
function atSource(index: number, problems: FieldProblem[]): FieldProblem[] {
  return problems.map((p) => ({ ...p, path: `sources.${index}${p.path === '(root)' ? '' : `.${p.path}`}` }));
}

/** Plans one source entry, or returns its problems. */
function planSource(
  config: unknown,
  index: number,
  registry: SourceRegistry,
): PlannedSource | FieldProblem[] {
  const base = v.safeParse(SourceConfigSchema, config);
  if (!base.success) return flattenIssues(base.issues);
  const adapter = registry.get(base.output.type);
  if (!adapter) {
    const known = [...registry.keys()].sort().join(', ');
    return [
      {
        path: 'type',
        message: `unknown source type (known: ${known})`,
        received: JSON.stringify(base.output.type),
      },
    ];
  }
  const options = v.safeParse(adapter.options, config);
  if (!options.success) return flattenIssues(options.issues);
  return {
    index,
    id: adapter.id(options.output),
    adapter,
    options: options.output,
    categories: base.output.categories ?? [],
    guards: v.parse(SourceGuardsSchema, config),
  };
}
