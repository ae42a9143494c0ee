import type { JobInput } from '@joblist/core-model';
import type * as v from 'valibot';
import type { SourceAdapter, SourceContext } from '../types.ts';
import { mapRecords, type Skip } from './map-records.ts';

/** What an adapter says about its provider; {@link recordSource} adds the frame every adapter shares. */
export interface RecordSourceSpec<S extends v.GenericSchema, R extends v.GenericSchema> {
  /** Stable id of a configured source; also the job-id namespace. */
  id(options: v.InferOutput<S>): string;
  /** Fetches the raw records out of their envelope (one request, or a walk over pages). */
  records(options: v.InferOutput<S>, context: SourceContext): Promise<readonly unknown[]>;
  /** One valid record as a job candidate ({@link jobCandidate}) or a counted {@link skip}. */
  toJob(record: v.InferOutput<R>, options: v.InferOutput<S>): JobInput | Skip;
}

/** A source's options schema: a strict object whose `type` is the literal the config names it by. */
type OptionsSchema = v.StrictObjectSchema<
  { type: v.LiteralSchema<string, undefined> } & v.ObjectEntries,
  undefined
>;

/**
 * An adapter in the one style all adapters share: its `type` is the literal of its `options` schema;
 * fetch → envelope → records (`records`), then each raw record read with the `record` schema and mapped
 * (`toJob`) by {@link mapRecords}, which enforces `maxRecords`
 * and accounts for every record as a job candidate, a rejection or a counted skip.
 */
export function recordSource<S extends OptionsSchema, R extends v.GenericSchema>(
  options: S,
  record: R,
  spec: RecordSourceSpec<S, R>,
): SourceAdapter<S> {
  return {
    type: options.entries.type.literal,
    options,
    id: spec.id,
    fetch: async (parsed, context) =>
      mapRecords(context, record, await spec.records(parsed, context), (each) => spec.toJob(each, parsed)),
  };
}
