import * as v from 'valibot';

/** One schema problem, located by its dotted field path (`jobs.3.company.url`). */
export interface FieldProblem {
  path: string;
  message: string;
  /** The value received, as short JSON. */
  received: string;
}

/** Flattens valibot issues to `{ path, message, received }`, one per leaf problem. */
export function flattenIssues(issues: readonly v.BaseIssue<unknown>[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '(root)',
    message: issue.message,
    received: issue.received,
  }));
}

/** Thrown when a file fails its schema; the message names the file, each field path and what was expected. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  readonly file: string;
  readonly problems: FieldProblem[];

  constructor(file: string, problems: FieldProblem[]) {
    const lines = problems.slice(0, 20).map((p) => `  - ${p.path}: ${p.message} (received ${p.received})`);
    if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more`);
    const records = [
      ...new Set(problems.map((p) => /^(?:\w+\.)?(\d+)\b/u.exec(p.path)?.[1]).filter(Boolean)),
    ];
    const where =
      records.length > 0
        ? ` (record${records.length > 1 ? 's' : ''} ${records.slice(0, 10).join(', ')})`
        : '';
    super(`${file}: invalid${where}\n${lines.join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}

/** Parses `input` with `schema`, or throws a {@link SchemaError} naming `file` and every bad field. */
export function parseOrThrow<const S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  file: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return result.output;
  throw new SchemaError(file, flattenIssues(result.issues));
}

/** Parses JSON `text` with `schema` (see {@link parseOrThrow}); text that is not JSON throws `<file>: not JSON (…)`. */
export function parseJsonOrThrow<const S extends v.GenericSchema>(
  schema: S,
  text: string,
  file: string,
): v.InferOutput<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  return parseOrThrow(schema, data, file);
}
