import type { Category, SubmissionsFile, SubmittedJob } from '@joblist/core-model';
import { normaliseJobUrl } from '@joblist/sources';
import {
  type DraftJob,
  draftOfAnswers,
  draftOfJob,
  type FieldProblem,
  type JobDraft,
  validateDraft,
} from './draft.ts';
import type { FormSpec } from './forms.ts';
import { isChange, type Outcome } from './outcome.ts';
import { type FormAnswers, formOf, parseFormBody } from './parse-body.ts';
import { submittedUrl, urlProblem } from './submitted-url.ts';

/** How much one reader may ask of the bot: an issue body is untrusted input. */
export interface SubmissionLimits {
  /** Largest issue body read, in UTF-8 bytes. */
  maxBodyBytes: number;
  /** Issues of one author applied within 24 hours. */
  perAuthorPerDay: number;
  /** URLs one close issue may name. */
  maxUrls: number;
}

/** The limits `joblist submissions apply` runs with. */
export const SUBMISSION_LIMITS: SubmissionLimits = { maxBodyBytes: 16_384, perAuthorPerDay: 5, maxUrls: 50 };

/** The issue being applied, as the event payload has it. */
export interface SubmissionIssue {
  number: number;
  body: string;
  author: string;
}

/** Everything applying one issue reads. */
export interface ApplyInput {
  issue: SubmissionIssue;
  forms: readonly FormSpec[];
  categories: readonly Category[];
  file: SubmissionsFile;
  /** Job URLs every source lists now (the snapshot), for "already in our list". */
  listed: readonly string[];
  now: Date;
  /** Why a job page cannot be accepted (gone, unreachable, an internal address), or `undefined`. */
  checkPage: (url: string) => Promise<string | undefined>;
}

/** What applying one issue did. */
export interface ApplyResult {
  /** The form the issue was written with, when it was one. */
  form?: FormSpec['file'];
  outcomes: Outcome[];
  /** The submissions file after the issue (the same object when nothing changed). */
  file: SubmissionsFile;
  /** The ids of the categories whose lists change. */
  categories: string[];
  /** The contributor's email for commit credit, when given and valid. */
  email?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/u;

/** Everything a reader may type one job under, for finding it again. */
const identityOf = (url: string) => normaliseJobUrl(submittedUrl(url));

/** State shared by the three kinds of issue while one is applied: the jobs so far and the categories changed. */
interface Context {
  input: ApplyInput;
  answers: FormAnswers;
  form: FormSpec;
  /** Problems of the fields every form has (the email), reported with the form's own. */
  common: FieldProblem[];
  jobs: SubmittedJob[];
  categories: Set<string>;
}

const labelOf = (form: FormSpec, id: string) => form.fields.find((field) => field.id === id)?.label ?? id;

const invalid = (context: Context, problems: readonly FieldProblem[]): Outcome[] =>
  problems.map(({ field, reason }) => ({ status: 'invalid', field: labelOf(context.form, field), reason }));

const answerText = (answers: FormAnswers, id: string) => {
  const answer = answers[id];
  return typeof answer === 'string' ? answer : '';
};

/** The required fields left empty (possible only in a body edited after GitHub wrote it). */
function missingRequired(form: FormSpec, answers: FormAnswers): FieldProblem[] {
  return form.fields
    .filter((field) => field.required && field.type !== 'checkboxes' && answerText(answers, field.id) === '')
    .map((field) => ({ field: field.id, reason: 'is required' }));
}

const findJob = (jobs: readonly SubmittedJob[], url: string) => {
  const identity = identityOf(url);
  return jobs.findIndex((job) => identityOf(job.url) === identity);
};

async function addJob(context: Context): Promise<Outcome[]> {
  const { input, answers, form } = context;
  const { draft, problems } = draftOfAnswers(answers, input.categories);
  problems.unshift(...missingRequired(form, answers));
  problems.push(...context.common);
  if (problems.length > 0) return invalid(context, problems);
  const checked = validateDraft(draft as JobDraft, {
    id: String(input.issue.number),
    postedAt: input.now.toISOString(),
  });
  if ('problems' in checked) return invalid(context, checked.problems);
  const { job } = checked;
  const identity = normaliseJobUrl(job.url);
  if (
    findJob(context.jobs, job.url) !== -1 ||
    input.listed.some((url) => normaliseJobUrl(url) === identity)
  ) {
    return [{ status: 'duplicate', url: job.url }];
  }
  const pageProblem = await input.checkPage(job.url);
  if (pageProblem) return invalid(context, [{ field: 'url', reason: pageProblem }]);
  context.jobs.push({ ...job, submittedBy: input.issue.author, issue: input.issue.number });
  const category = input.categories.find((candidate) => candidate.id === draft.category);
  context.categories.add(draft.category as string);
  return [
    {
      status: 'added',
      url: job.url,
      title: job.title,
      company: job.company.name,
      category: category?.role ?? '',
    },
  ];
}

/** The labels of the form fields whose stored value differs between two versions of a job. */
function changedFields(form: FormSpec, before: DraftJob, after: DraftJob): string[] {
  const values = (job: DraftJob): Record<string, unknown> => ({
    title: job.title,
    company: job.company.name,
    'company-url': job.company.url,
    location: job.location,
    workplace: job.workplace,
    category: job.categories,
    salary: job.salary,
    sponsorship: job.visaSponsorship,
    notes: job.description,
  });
  const [old, next] = [values(before), values(after)];
  return Object.keys(next)
    .filter((id) => JSON.stringify(old[id]) !== JSON.stringify(next[id]))
    .map((id) => labelOf(form, id));
}

function correctJob(context: Context): Outcome[] {
  const { input, answers, form } = context;
  const url = submittedUrl(answerText(answers, 'url'));
  const urlInvalid = urlProblem(url);
  if (urlInvalid) return invalid(context, [{ field: 'url', reason: urlInvalid }]);
  const index = findJob(context.jobs, url);
  const stored = context.jobs[index];
  if (!stored) return [unknownUrl(context, url)];
  const { draft, problems } = draftOfAnswers(answers, input.categories);
  problems.push(...context.common);
  if (problems.length > 0) return invalid(context, problems);
  const { url: _url, ...changes } = draft;
  const checked = validateDraft(
    { ...draftOfJob(stored), ...changes },
    { id: stored.id, postedAt: stored.postedAt },
  );
  if ('problems' in checked) return invalid(context, checked.problems);
  const fields = changedFields(form, stored, checked.job);
  if (fields.length === 0) return [{ status: 'unchanged', url: stored.url, reason: 'nothing to change' }];
  for (const id of [...(stored.categories ?? []), ...(checked.job.categories ?? [])])
    context.categories.add(id);
  context.jobs[index] = { ...stored, ...checked.job, updatedAt: input.now.toISOString() };
  return [{ status: 'updated', url: stored.url, fields }];
}

/** A URL no reader submitted: listed by a source (which readers cannot change), or not listed at all. */
function unknownUrl(context: Context, url: string): Outcome {
  const identity = normaliseJobUrl(url);
  const listed = context.input.listed.some((candidate) => normaliseJobUrl(candidate) === identity);
  const reason = listed
    ? 'listed by a job source, not submitted by a reader: it leaves the list when its source drops it'
    : 'not in our list';
  return { status: 'unknown', url, reason };
}

/** The URLs of a close issue, one a line; list markers (`- `, `* `) a reader may type are ignored. */
const urlLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^\s*[-*]\s+/u, '').trim())
    .filter((line) => line !== '');

function closeJobs(context: Context): Outcome[] {
  const { input, answers, form } = context;
  const lines = urlLines(answerText(answers, 'urls'));
  const problems: FieldProblem[] = [];
  if (lines.length === 0) problems.push({ field: 'urls', reason: 'is required' });
  if (lines.length > SUBMISSION_LIMITS.maxUrls)
    problems.push({ field: 'urls', reason: `${lines.length} URLs, more than ${SUBMISSION_LIMITS.maxUrls}` });
  problems.push(...context.common);
  const confirmed = answers.confirm;
  if (!Array.isArray(confirmed) || confirmed.length === 0)
    problems.push({ field: 'confirm', reason: 'must be checked' });
  if (problems.length > 0) return invalid(context, problems);
  return lines.map((line, position): Outcome => {
    const url = submittedUrl(line);
    const problem = urlProblem(url);
    if (problem)
      return { status: 'invalid', field: `${labelOf(form, 'urls')}, line ${position + 1}`, reason: problem };
    const index = findJob(context.jobs, url);
    const stored = context.jobs[index];
    if (!stored) return unknownUrl(context, url);
    if (stored.closedAt !== undefined)
      return {
        status: 'unchanged',
        url: stored.url,
        reason: `already closed (#${stored.closedIssue ?? stored.issue})`,
      };
    context.jobs[index] = { ...stored, closedAt: input.now.toISOString(), closedIssue: input.issue.number };
    for (const id of stored.categories ?? []) context.categories.add(id);
    return { status: 'closed', url: stored.url };
  });
}

/** The reasons an issue is refused before its answers are read: body size, the author's daily cap. */
function refusal(input: ApplyInput): string | undefined {
  const bytes = Buffer.byteLength(input.issue.body, 'utf8');
  if (bytes > SUBMISSION_LIMITS.maxBodyBytes)
    return `the issue body is ${bytes} bytes, more than the ${SUBMISSION_LIMITS.maxBodyBytes} a submission may have`;
  const since = input.now.getTime() - DAY_MS;
  const author = input.issue.author.toLowerCase();
  const today = input.file.applied.filter(
    (entry) =>
      entry.author.toLowerCase() === author &&
      Date.parse(entry.at) > since &&
      entry.issue !== input.issue.number,
  );
  if (today.length >= SUBMISSION_LIMITS.perAuthorPerDay)
    return `@${input.issue.author} had ${today.length} submissions applied in the last 24 hours, the most one reader may have`;
  return undefined;
}

/**
 * Applies one approved issue to the submissions file: reads GitHub's rendering of the form it was written
 * with, then adds a job (validated like every source's, refused when its URL — in any variant — is listed
 * already or its page is gone), corrects a submitted job (only the fields answered), or closes submitted
 * jobs (they stay in the file, closed, and leave the open rows). Every outcome is one entry; a refused
 * issue (too large, over the author's daily cap, not a submission form) changes nothing.
 */
export async function applySubmission(input: ApplyInput): Promise<ApplyResult> {
  const unchanged = (outcomes: Outcome[], form?: FormSpec['file']): ApplyResult => ({
    form,
    outcomes,
    file: input.file,
    categories: [],
  });
  const refused = refusal(input);
  if (refused) return unchanged([{ status: 'refused', reason: refused }]);
  const form = formOf(input.issue.body, input.forms);
  const answers = form && parseFormBody(input.issue.body, form);
  if (!form || !answers)
    return unchanged([
      { status: 'refused', reason: 'the issue body is not one of the submission forms as GitHub writes it' },
    ]);
  const context: Context = {
    input,
    answers,
    form,
    common: [],
    jobs: [...input.file.jobs],
    categories: new Set(),
  };
  const email = answerText(answers, 'email');
  if (email && (email.length > 254 || !EMAIL.test(email)))
    context.common.push({ field: 'email', reason: 'must be an email address such as you@example.com' });
  const outcomes =
    form.file === 'add-job'
      ? await addJob(context)
      : form.file === 'correct-job'
        ? correctJob(context)
        : closeJobs(context);
  if (!outcomes.some(isChange)) return unchanged(outcomes, form.file);
  const since = input.now.getTime() - DAY_MS;
  const applied = [
    ...input.file.applied.filter((entry) => Date.parse(entry.at) > since),
    { issue: input.issue.number, author: input.issue.author, at: input.now.toISOString() },
  ];
  return {
    form: form.file,
    outcomes,
    file: { ...input.file, jobs: context.jobs, applied },
    categories: [...context.categories].sort(),
    ...(email && { email }),
  };
}
