import {
  type Category,
  type Job,
  JobSchema,
  type Salary,
  type SubmittedJob,
  type Workplace,
} from '@joblist/core-model';
import { jobCandidate } from '@joblist/sources';
import * as v from 'valibot';
import { SPONSORSHIP_OPTIONS, WORKPLACE_OPTIONS } from './forms.ts';
import type { FormAnswers } from './parse-body.ts';
import { submittedUrl } from './submitted-url.ts';

/** A job as a reader described it, before the sources' cleaning and the Job schema. */
export interface JobDraft {
  url: string;
  company: string;
  companyUrl: string;
  title: string;
  location: string;
  workplace: Workplace;
  category: string;
  /** Free text as typed, or a stored salary. */
  salary?: string | Salary;
  visaSponsorship?: boolean;
  notes: string;
}

/** A field the reader has to fix: its form field id and why. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** The answer of a text field, `''` when empty. */
const text = (answers: FormAnswers, id: string): string => {
  const answer = answers[id];
  return typeof answer === 'string' ? answer : '';
};

/**
 * The value the dropdown `id` maps its answer to (`{ value }`), or nothing when it was left empty; an
 * answer that is none of `options`' keys (a body edited by hand) is a problem.
 */
function optionAnswer<T>(
  answers: FormAnswers,
  id: string,
  options: Readonly<Record<string, T>>,
  problems: FieldProblem[],
): { value: T } | undefined {
  const answer = text(answers, id);
  if (!answer) return undefined;
  if (Object.hasOwn(options, answer)) return { value: options[answer] as T };
  problems.push({ field: id, reason: `must be one of ${Object.keys(options).join(', ')}` });
  return undefined;
}

/**
 * The fields a form's answers set (empty answers set nothing), and the dropdown answers that are none
 * of their options (a body edited by hand). The category is found by its role, as the dropdown lists it.
 */
export function draftOfAnswers(
  answers: FormAnswers,
  categories: readonly Category[],
): { draft: Partial<JobDraft>; problems: FieldProblem[] } {
  const draft: Partial<JobDraft> = {};
  const problems: FieldProblem[] = [];
  const texts = [
    ['url', 'url'],
    ['company', 'company'],
    ['companyUrl', 'company-url'],
    ['title', 'title'],
    ['location', 'location'],
    ['salary', 'salary'],
    ['notes', 'notes'],
  ] as const;
  for (const [key, id] of texts) if (text(answers, id)) draft[key] = text(answers, id);
  const workplace = optionAnswer(answers, 'workplace', WORKPLACE_OPTIONS, problems);
  if (workplace) draft.workplace = workplace.value;
  const role = text(answers, 'category');
  const category = categories.find((candidate) => candidate.role === role);
  if (category) draft.category = category.id;
  else if (role) problems.push({ field: 'category', reason: 'must be one of the listed categories' });
  const sponsorship = optionAnswer(answers, 'sponsorship', SPONSORSHIP_OPTIONS, problems);
  if (sponsorship) draft.visaSponsorship = sponsorship.value;
  return { draft, problems };
}

/** A stored submitted job as a draft, for a correction to change some of its fields. */
export function draftOfJob(job: SubmittedJob): JobDraft {
  return {
    url: job.url,
    company: job.company.name,
    companyUrl: job.company.url ?? '',
    title: job.title,
    location: job.location,
    workplace: job.workplace,
    category: job.categories?.[0] ?? '',
    salary: job.salary,
    visaSponsorship: job.visaSponsorship,
    notes: job.description ?? '',
  };
}

/** The form field each Job field is answered in. */
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  url: 'url',
  title: 'title',
  'company.name': 'company',
  'company.url': 'company-url',
  location: 'location',
  description: 'notes',
  salary: 'salary',
  workplace: 'workplace',
  categories: 'category',
};

/** The Job fields a submission stores (the sources' pipeline adds skills and the source). */
export type DraftJob = Omit<Job, 'skills' | 'source'> & { visaSponsorship?: boolean };

/**
 * A draft as a job, through the same cleaning every source's postings get ({@link jobCandidate}: text
 * to one line, HTML to text, the salary read from its text) and the Job schema; or every field's
 * problem. `id` and `postedAt` are the submission's.
 */
export function validateDraft(
  draft: JobDraft,
  meta: { id: string; postedAt: string },
): { job: DraftJob } | { problems: FieldProblem[] } {
  const salaryText = typeof draft.salary === 'string' ? draft.salary : undefined;
  const { skills, ...candidate } = jobCandidate({
    id: meta.id,
    title: draft.title,
    company: draft.company,
    companyUrl: draft.companyUrl && submittedUrl(draft.companyUrl),
    url: submittedUrl(draft.url),
    location: draft.location,
    workplace: () => ({ type: draft.workplace }),
    postedAt: meta.postedAt,
    salary: typeof draft.salary === 'string' ? { text: draft.salary } : draft.salary,
    description: draft.notes,
  });
  const problems: FieldProblem[] = [];
  if (salaryText !== undefined && candidate.salary === undefined)
    problems.push({
      field: 'salary',
      reason: 'no amount with a currency found (e.g. "$120k - $150k a year")',
    });
  const result = v.safeParse(JobSchema, { ...candidate, categories: [draft.category] });
  if (!result.success) {
    for (const issue of result.issues) {
      const path = v.getDotPath(issue) ?? '';
      const field = FIELD_OF_PATH[path] ?? FIELD_OF_PATH[path.split('.')[0] ?? ''] ?? path;
      if (!problems.some((problem) => problem.field === field))
        problems.push({ field, reason: issue.message });
    }
  }
  if (problems.length > 0 || !result.success) return { problems };
  const { skills: _skills, source: _source, ...job } = result.output;
  return {
    job: { ...job, ...(draft.visaSponsorship !== undefined && { visaSponsorship: draft.visaSponsorship }) },
  };
}
