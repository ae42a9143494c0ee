import { flattenIssues, type Rejection } from '@joblist/core-model';
import * as v from 'valibot';
import { SourceError } from '../types.ts';

/** The first problem of a failed parse as `{ field, reason }`; an absent required field reads `missing`. */
function firstProblem(issues: readonly v.BaseIssue<unknown>[]): { field: string; reason: string } {
  const [problem] = flattenIssues(issues);
  if (!problem) return { field: '(root)', reason: 'invalid' };
  return { field: problem.path, reason: problem.received === 'undefined' ? 'missing' : problem.message };
}

/**
 * Parses a response envelope (the object around the records) with its lenient schema, or throws a
 * {@link SourceError} naming `what` (e.g. the URL) and the first bad field: a broken envelope fails the source.
 */
export function parseEnvelope<const S extends v.GenericSchema>(
  schema: S,
  payload: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, payload);
  if (result.success) return result.output;
  const { field, reason } = firstProblem(result.issues);
  throw new SourceError(`${what}: unexpected response (${field}: ${reason})`);
}

/** A raw record that passed its schema, with its position among all records of the source. */
export interface IndexedRecord<T> {
  index: number;
  record: T;
}

/** The records of a source split into those that passed their schema and the rejections of the others. */
export interface ReadRecords<T> {
  records: IndexedRecord<T>[];
  rejected: Rejection[];
}

/**
 * Validates one raw record with its lenient schema: the parsed record, or its rejection (`index`,
 * `field` = dotted path of the first bad field, `reason`, e.g. `missing`).
 */
export function readRecord<const S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  index: number,
): { record: v.InferOutput<S> } | { rejection: Rejection } {
  const parsed = v.safeParse(schema, raw);
  return parsed.success
    ? { record: parsed.output }
    : { rejection: { index, ...firstProblem(parsed.issues) } };
}

/**
 * Validates each raw record with {@link readRecord}: records that fail become rejections (`index` =
 * position among all the source's records); the rest of the source is kept.
 */
export function readRecords<const S extends v.GenericSchema>(
  schema: S,
  records: readonly unknown[],
): ReadRecords<v.InferOutput<S>> {
  const result: ReadRecords<v.InferOutput<S>> = { records: [], rejected: [] };
  records.forEach((raw, index) => {
    const read = readRecord(schema, raw, index);
    if ('record' in read) result.records.push({ index, record: read.record });
    else result.rejected.push(read.rejection);
  });
  return result;
}

/** A provider id sent as a string or a number, kept as a non-empty string. */
export const RawIdSchema = v.pipe(
  v.union([v.pipe(v.string(), v.trim()), v.pipe(v.number(), v.integer(), v.transform(String))]),
  v.nonEmpty('must not be empty'),
);

/** An optional text field that may also be `null`. */
export const OptionalTextSchema = v.nullish(v.string());

/** A list of strings where some providers send `null` or mixed values: non-strings are dropped. */
export const LooseStringListSchema = v.pipe(
  v.nullish(v.array(v.unknown()), []),
  v.transform((items) => items.filter((item): item is string => typeof item === 'string')),
);

/** A field a record may send in any form (read leniently by the normalisers), or not at all. */
export const RawValueSchema = v.optional(v.unknown());

/** Entries giving each of `names` the same `schema`: a record's fields of one loose kind, in one line. */
export function entriesOf<const K extends string, const S extends v.GenericSchema>(
  schema: S,
  names: readonly K[],
): { [P in K]: S } {
  return Object.fromEntries(names.map((name) => [name, schema])) as { [P in K]: S };
}
