import {
  type ExchangeRates,
  ExchangeRatesSchema,
  flattenIssues,
  IsoDateTimeSchema,
  parseOrThrow,
  SchemaError,
  SNAPSHOT_MISSING,
  type SnapshotJob,
  SnapshotJobSchema,
} from '@joblist/core-model';
import { readJsonFile } from '@joblist/io';
import * as v from 'valibot';

/**
 * A snapshot as a build reads it: the envelope is validated, each job only as far as being an object. Selection
 * reads a job's title, date and membership as they are; every job it picks is then validated in full
 * (`validateShown`), so nothing unchecked reaches a README, and jobs that cannot be shown cost no validation.
 */
const SelectableSnapshotSchema = v.object({
  version: v.literal(1),
  updatedAt: IsoDateTimeSchema,
  rates: v.optional(ExchangeRatesSchema),
  jobs: v.array(
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      'must be a job object',
    ),
  ),
});

/** A snapshot read for selection: its jobs are validated only once picked (see {@link validateShown}). */
export interface SelectableSnapshot {
  /** The file as shown in errors. */
  shown: string;
  updatedAt: string;
  /** The exchange rates pinned at fetch time, if any. */
  rates: ExchangeRates | undefined;
  jobs: SnapshotJob[];
}

/** Reads a snapshot for a build; errors name the file, the record index and the field. */
export async function readSelectableSnapshot(file: string): Promise<SelectableSnapshot> {
  const { shown, data } = await readJsonFile(file, SNAPSHOT_MISSING);
  const { updatedAt, rates, jobs } = parseOrThrow(SelectableSnapshotSchema, data, shown);
  // Not validated yet: selection tolerates any object, and `validateShown` checks each job it picks.
  return { shown, updatedAt, rates, jobs: jobs as SnapshotJob[] };
}

/**
 * Validates every job that `rows` shows against the full Job schema, once per job, and returns the rows
 * with the validated jobs; a bad job throws a {@link SchemaError} naming the file, its index and the field.
 */
export function validateShown(
  snapshot: SelectableSnapshot,
  rows: ReadonlyMap<string, readonly SnapshotJob[]>,
): Map<string, SnapshotJob[]> {
  const validated = new Map<SnapshotJob, SnapshotJob>();
  const validate = (job: SnapshotJob) => {
    let output = validated.get(job);
    if (!output) {
      const result = v.safeParse(SnapshotJobSchema, job, { abortPipeEarly: true });
      if (!result.success) {
        const index = snapshot.jobs.indexOf(job);
        const problems = flattenIssues(result.issues).map((problem) => ({
          ...problem,
          path: `jobs.${index}.${problem.path}`,
        }));
        throw new SchemaError(snapshot.shown, problems);
      }
      output = result.output;
      validated.set(job, output);
    }
    return output;
  };
  return new Map([...rows].map(([id, jobs]) => [id, jobs.map(validate)]));
}
