import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { checkLink } from '@joblist/build';
import {
  type Category,
  DEFAULT_SNAPSHOT,
  readSnapshot,
  SUBMISSIONS_FILE,
  type SubmissionsFile,
} from '@joblist/core-model';
import { resolvePath, writeFileAtomic } from '@joblist/io';
import { parseSubmissionsFile } from '@joblist/sources';
import { type ApplyResult, applySubmission } from './apply.ts';
import type { IssueEvent } from './event.ts';
import { submissionForms } from './forms.ts';
import { commentBody, outcomeLine } from './outcome.ts';

/** The submissions file a project starts with. */
const EMPTY_FILE: SubmissionsFile = { version: 1, jobs: [], applied: [] };

const serialize = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The job URLs the snapshot lists from every other source (none without a snapshot). */
async function listedUrls(file: string): Promise<string[]> {
  if (!existsSync(file)) return [];
  const snapshot = await readSnapshot(file);
  return snapshot.jobs.filter((job) => job.source !== 'submissions').map((job) => job.url);
}

/**
 * Whether a submitted job page can be accepted, with check-links' checker: a page answering 404 or 410,
 * or not answering at all (no such host, refused, timeout), is refused; any other answer (a 403 of a bot
 * wall, a 5xx) is accepted, as check-links never calls such a page gone.
 */
async function checkPage(url: string, now: Date, allowLoopback: boolean): Promise<string | undefined> {
  const check = await checkLink(url, {
    allowLoopback,
    timeoutSeconds: 10,
    perHost: 1,
    hosts: 1,
    ttlSeconds: 0,
    now,
    userAgent: 'joblist/0.1 (job-list generator; submission check)',
  });
  if (check.verdict === 'gone') return `the page is gone (${check.detail})`;
  if (!check.detail.startsWith('HTTP ')) return `the page could not be reached (${check.detail})`;
  return undefined;
}

/** The commit message of an applied issue: its outcomes, and the contributor as co-author when they gave an email. */
function commitMessage(issue: number, author: string, result: ApplyResult): string {
  const lines = result.outcomes.map((outcome) => `- ${outcomeLine(outcome)}`);
  const credit = result.email ? `\n\nCo-authored-by: ${author} <${result.email}>` : '';
  return `submissions: apply #${issue} (${result.form})\n\n${lines.join('\n')}${credit}\n`;
}

/** What {@link applyIssueEvent} applies, to which files, and where it writes the comment and commit message. */
export interface ApplyEventOptions {
  /** An approved `issues` event. */
  event: IssueEvent;
  /** The loaded project: its root and categories. */
  project: { root: string; categories: Category[] };
  /** The submissions file, relative to the current folder (default: core-model's `SUBMISSIONS_FILE` in the project). */
  file?: string;
  /** The snapshot whose jobs count as listed (default: core-model's `DEFAULT_SNAPSHOT` in the project). */
  snapshot?: string;
  /** The time of the approval (default: now). */
  now?: Date;
  /** Lets the page check reach loopback addresses (so does `JOBLIST_ALLOW_LOOPBACK=1`). */
  allowLoopback?: boolean;
  /** Where the issue comment (Markdown) is written, if anywhere. */
  commentFile?: string;
  /** Where the commit message is written when the file changed, if anywhere. */
  messageFile?: string;
}

/**
 * Applies the issue of an approved event to the submissions file, writes the comment and commit message
 * files asked for, and returns the comment and the result as `--json` prints it.
 */
export async function applyIssueEvent(options: ApplyEventOptions) {
  const { event, project } = options;
  const file = resolvePath(options.file, project.root, SUBMISSIONS_FILE);
  const snapshotFile = resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT);
  const now = options.now ?? new Date();
  const allowLoopback = options.allowLoopback === true || process.env.JOBLIST_ALLOW_LOOPBACK === '1';
  const before = existsSync(file)
    ? parseSubmissionsFile(await readFile(file, 'utf8'), relative(process.cwd(), file) || file)
    : EMPTY_FILE;
  const result = await applySubmission({
    issue: { number: event.issue.number, body: event.issue.body, author: event.issue.user.login },
    forms: submissionForms(project.categories),
    categories: project.categories,
    file: before,
    listed: await listedUrls(snapshotFile),
    now,
    checkPage: (url) => checkPage(url, now, allowLoopback),
  });
  const changed = result.file !== before;
  if (changed) await writeFileAtomic(file, serialize(result.file));
  const comment = commentBody(result.outcomes);
  if (options.commentFile) await writeFileAtomic(options.commentFile, comment);
  if (options.messageFile && changed)
    await writeFileAtomic(
      options.messageFile,
      commitMessage(event.issue.number, event.issue.user.login, result),
    );
  const outcomes = result.outcomes.map((outcome) => ({ ...outcome, line: outcomeLine(outcome) }));
  return {
    comment,
    json: {
      issue: event.issue.number,
      form: result.form ?? null,
      changed,
      categories: result.categories,
      outcomes,
      comment,
    },
  };
}
