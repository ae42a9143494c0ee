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

/** The fields of a job that selection reads: its title, posting time, explicit categories and page. */
export type SelectableJob = Pick<SnapshotJob, 'title' | 'postedAt' | 'categories' | 'url'>;

const isStringArray = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A job of a snapshot as a build reads it: an object whose selected fields have the types selection needs
 * (checked in place, without copying the job); the rest is validated once the job is picked ({@link validateShown}).
 */
const SelectableJobSchema = v.custom<SelectableJob>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { title, postedAt, categories, url } = value as Record<string, unknown>;
  return (
    typeof title === 'string' &&
    typeof postedAt === 'string' &&
    typeof url === 'string' &&
    (categories === undefined || isStringArray(categories))
  );
}, 'must be a job object with a string title, postedAt and url (and categories, if any, a list of ids)');

/**
 * A snapshot as a build reads it: the envelope is validated, each job as far as selection reads it. Every job
 * selection picks is then validated in full (`validateShown`), so nothing unchecked reaches a README, and jobs
 * that cannot be shown cost no full validation.
 */
const SelectableSnapshotSchema = v.object({
  version: v.literal(1),
  updatedAt: IsoDateTimeSchema,
  rates: v.optional(ExchangeRatesSchema),
  jobs: v.array(SelectableJobSchema),
});

/** A snapshot read for selection (`J`: what its jobs are known to be); a file's jobs are validated once picked (see {@link validateShown}). */
export interface SelectableSnapshot<J extends SelectableJob = SelectableJob> {
  /** The file as shown in errors. */
  shown: string;
  updatedAt: string;
  /** The exchange rates pinned at fetch time, if any. */
  rates: ExchangeRates | undefined;
  jobs: J[];
}

/** Reads a snapshot for a build; errors name the file, the record index and the field. */
export async function readSelectableSnapshot(file: string): Promise<SelectableSnapshot> {
  const { shown, data } = await readJsonFile(file, SNAPSHOT_MISSING);
  const { updatedAt, rates, jobs } = parseOrThrow(SelectableSnapshotSchema, data, shown);
  return { shown, updatedAt, rates, jobs };
}

/**
 * Validates every job that `rows` shows against the full Job schema, once per job, and returns the rows
 * with the validated jobs; a bad job throws a {@link SchemaError} naming the file, its index and the field.
 */
export function validateShown(
  snapshot: SelectableSnapshot,
  rows: ReadonlyMap<string, readonly SelectableJob[]>,
): Map<string, SnapshotJob[]> {
  const validated = new Map<SelectableJob, SnapshotJob>();
  const validate = (job: SelectableJob) => {
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
