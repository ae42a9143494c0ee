import { type Category, IsoDateTimeSchema } from '@joblist/core-model';
import * as v from 'valibot';
import type { SourceRegistry } from '../fetch/plan-sources.ts';
import { type SourceAdapter, SourceError } from '../types.ts';
import { generateSampleJobs } from './generate.ts';

const SampleOptionsSchema = v.strictObject({
  type: v.literal('sample'),
  /** Jobs per category (default 60). */
  perCategory: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Seed of the pseudo-random sequence (default 2025). */
  seed: v.optional(v.pipe(v.number(), v.integer())),
  /** Jobs are posted in the days before this time (default 2026-11-27T20:30:00Z). */
  asOf: v.optional(IsoDateTimeSchema),
  categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
});

/**
 * The `sample` source: synthetic jobs generated at fetch time for every category of the project, from
 * each category's own match rules, so a new category has jobs without any other step.
 */
function sampleSource(categories: readonly Category[]): SourceAdapter<typeof SampleOptionsSchema> {
  return {
    type: 'sample',
    options: SampleOptionsSchema,
    id: () => 'sample',
    async fetch({ perCategory, seed, asOf }) {
      try {
        return { jobs: generateSampleJobs(categories, { perCategory, seed, asOf }), rejected: [] };
      } catch (error) {
        throw new SourceError((error as Error).message);
      }
    },
  };
}

/** `registry` with the `sample` source of a project's categories added. */
export function withSampleSource(registry: SourceRegistry, categories: readonly Category[]): SourceRegistry {
  return new Map(registry).set('sample', sampleSource(categories) as SourceAdapter);
}
