import { type Job, type JobInput, JobSchema, type Rejection } from '@joblist/core-model';
import * as v from 'valibot';
import { canonicalSkills } from '../normalise/skills.ts';

/** Longest received value quoted in a rejection reason. */
const MAX_RECEIVED = 60;

/** The rejection of record `index` for its first schema issue: the field path and the reason with the value received. */
export function rejectionOf(
  index: number,
  [issue]: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): Rejection {
  const received =
    issue.received.length > MAX_RECEIVED ? `${issue.received.slice(0, MAX_RECEIVED)}…` : issue.received;
  return { index, field: v.getDotPath(issue) ?? '(root)', reason: `${issue.message} (received ${received})` };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The candidate with its skills as stored (see {@link canonicalSkills}): given skills canonicalised, else
 * found in title and description. Malformed skills are left for `JobSchema` to reject.
 */
function withSkills(candidate: JobInput): JobInput {
  const { skills, title, description } = candidate;
  if (skills !== undefined && !isStringList(skills)) return candidate;
  const found = canonicalSkills({
    skills,
    title: typeof title === 'string' ? title : undefined,
    description: typeof description === 'string' ? description : undefined,
  });
  return found.length > 0 || skills !== undefined ? { ...candidate, skills: found } : candidate;
}

/** The jobs of one source that passed `JobSchema`, and the ones that did not. */
export interface ValidatedJobs {
  jobs: Job[];
  rejected: Rejection[];
}

/**
 * Turns an adapter's job candidates into snapshot jobs: the id gets the source namespace
 * (`<sourceId>:<raw id>`), `source` is set, the source's configured `categories` are added, skills are
 * canonicalised (the one place every source's jobs pass), and each candidate is validated with `JobSchema`. A failing candidate becomes a rejection (index, field, reason).
 */
export function validateJobs(
  sourceId: string,
  candidates: readonly JobInput[],
  categories: readonly string[],
  indexes: readonly number[] = [],
): ValidatedJobs {
  const jobs: Job[] = [];
  const rejected: Rejection[] = [];
  candidates.forEach((candidate, position) => {
    const index = indexes[position] ?? position;
    if (typeof candidate.id !== 'string' || candidate.id === '') {
      rejected.push({
        index,
        field: 'id',
        reason: `must be the provider's id as a non-empty string (received ${JSON.stringify(candidate.id)})`,
      });
      return;
    }
    const own = Array.isArray(candidate.categories) ? candidate.categories : [];
    const merged = [...new Set([...own, ...categories])];
    const result = v.safeParse(
      JobSchema,
      {
        ...withSkills(candidate),
        id: `${sourceId}:${candidate.id}`,
        source: sourceId,
        ...(merged.length > 0 && { categories: merged }),
      },
      { abortPipeEarly: true },
    );
    if (result.success) jobs.push(result.output);
    else rejected.push(rejectionOf(index, result.issues));
  });
  return { jobs, rejected };
}
