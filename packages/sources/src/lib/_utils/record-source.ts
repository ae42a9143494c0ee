import type { JobInput } from '@joblist/core-model';
import type * as v from 'valibot';
import type { SourceAdapter, SourceContext } from '../types.ts';
import { mapRecords, type Skip } from './map-records.ts';

/** What an adapter says about its provider; {@link recordSource} adds the frame every adapter shares. */
export interface RecordSourceSpec<S extends v.GenericSchema, R extends v.GenericSchema> {
  /** The `type` in `joblist.config.ts`. */
  type: string;
  /** valibot schema of the source's options. */
  options: S;
  /** Stable id of a configured source; also the job-id namespace. */
  id(options: v.InferOutput<S>): string;
  /** The lenient schema of one raw record. */
  record: R;
  /** Fetches the raw records out of their envelope (one request, or a walk over pages). */
  records(options: v.InferOutput<S>, context: SourceContext): Promise<readonly unknown[]>;
  /** One valid record as a job candidate ({@link jobCandidate}) or a counted {@link skip}. */
  toJob(record: v.InferOutput<R>, options: v.InferOutput<S>): JobInput | Skip;
}

/**
 * An adapter in the one style all adapters share: fetch → envelope → records (`records`), then each
 * record read with its schema and mapped (`toJob`) by {@link mapRecords}, which enforces `maxRecords`
 * and accounts for every record as a job candidate, a rejection or a counted skip.
 */
export function recordSource<S extends v.GenericSchema, R extends v.GenericSchema>(
  spec: RecordSourceSpec<S, R>,
): SourceAdapter<S> {
  return {
    type: spec.type,
    options: spec.options,
    id: spec.id,
    fetch: async (options, context) =>
      mapRecords(context, spec.record, await spec.records(options, context), (record) =>
        spec.toJob(record, options),
      ),
  };
}
