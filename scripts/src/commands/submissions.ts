import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { checkLink } from '@joblist/build';
import { loadProject } from '@joblist/config';
import { parseOrThrow, readSnapshot, SUBMISSIONS_FILE, type SubmissionsFile } from '@joblist/core-model';
import { readJsonFile, writeFileAtomic } from '@joblist/io';
import { allowsHttpLoopback, readToken } from '@joblist/publish';
import { parseSubmissionsFile } from '@joblist/sources';
import {
  APPROVAL_LABEL,
  type ApplyResult,
  applySubmission,
  commentBody,
  hasWriteAccess,
  type IssueEvent,
  IssueEventSchema,
  outcomeLine,
  submissionForms,
} from '@joblist/submissions';
import { defineCommand } from 'citty';
import { parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { UsageError } from '../_utils/usage-error.ts';
import { DEFAULT_SNAPSHOT } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

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

/** Reads and validates the event payload file (`--event`, else `GITHUB_EVENT_PATH`). */
async function readEvent(file: string | undefined): Promise<{ event: IssueEvent; shown: string }> {
  const eventFile = file ?? process.env.GITHUB_EVENT_PATH;
  if (!eventFile) throw new UsageError('--event: no event payload (give --event or set GITHUB_EVENT_PATH)');
  const { shown, data } = await readJsonFile(eventFile);
  return { event: parseOrThrow(IssueEventSchema, data, shown), shown };
}

/** Whether the event is a maintainer adding the approval label. */
const isApproval = (event: IssueEvent) => event.action === 'labeled' && event.label?.name === APPROVAL_LABEL;

const eventArg = { type: 'string', description: 'Event payload file (default: $GITHUB_EVENT_PATH)' } as const;

/**
 * `joblist submissions authorize`: prints `allowed=true` when the event adds the approval label and its
 * sender has write access to the repository (asked of the GitHub API), else `allowed=false`: a line for
 * `GITHUB_OUTPUT`. The reason goes to stderr.
 */
const authorize = defineCommand({
  meta: {
    name: 'authorize',
    description:
      'Print allowed=true when the approval label was added by someone with write access (API check)',
  },
  args: { event: eventArg },
  async run({ args }) {
    const { event } = await readEvent(args.event);
    const repository = process.env.GITHUB_REPOSITORY || event.repository?.full_name;
    if (!repository) throw new UsageError('no repository: set GITHUB_REPOSITORY or give it in the event');
    const user = event.sender.login;
    const allowed =
      isApproval(event) &&
      (await hasWriteAccess({
        repository,
        user,
        token: readToken(),
        allowHttpLoopback: allowsHttpLoopback(),
      }));
    console.error(
      !isApproval(event)
        ? `#${event.issue.number}: not the "${APPROVAL_LABEL}" label being added; nothing to apply`
        : `#${event.issue.number}: ${user} ${allowed ? 'has' : 'does not have'} write access to ${repository}${allowed ? '' : '; nothing applied'}`,
    );
    console.log(`allowed=${allowed}`);
  },
});

/** `joblist submissions apply`: applies the approved issue of an `issues` event to the submissions file. */
const apply = defineCommand({
  meta: {
    name: 'apply',
    description:
      'Apply the issue of an `issues: labeled` event payload (GITHUB_EVENT_PATH) to the submissions file',
  },
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    event: eventArg,
    file: { type: 'string', description: `Submissions file (default: ${SUBMISSIONS_FILE})` },
    snapshot: {
      type: 'string',
      description: `Snapshot whose jobs count as listed (default: ${DEFAULT_SNAPSHOT})`,
    },
    comment: { type: 'string', description: 'Write the issue comment (Markdown) to this file' },
    message: { type: 'string', description: 'Write the commit message (with Co-authored-by) to this file' },
    json: { type: 'boolean', description: 'Print the result as one JSON document' },
    now: timeArg('Time of the approval, ISO 8601 (default: now)'),
    'allow-loopback': {
      type: 'boolean',
      description:
        'Let the page check reach loopback addresses (local tests; also JOBLIST_ALLOW_LOOPBACK=1); internal addresses are refused otherwise',
    },
  },
  async run({ args }) {
    const allowLoopback = args['allow-loopback'] === true || process.env.JOBLIST_ALLOW_LOOPBACK === '1';
    const { event, shown } = await readEvent(args.event);
    if (!isApproval(event))
      throw new UsageError(`${shown}: not the "${APPROVAL_LABEL}" label being added; nothing applied`);
    const project = await loadProject(args.config);
    const file = resolvePath(args.file, project.root, SUBMISSIONS_FILE);
    const before = existsSync(file)
      ? parseSubmissionsFile(await readFile(file, 'utf8'), relative(process.cwd(), file) || file)
      : EMPTY_FILE;
    const now = args.now === undefined ? new Date() : parseNow(args.now);
    const result = await applySubmission({
      issue: { number: event.issue.number, body: event.issue.body, author: event.issue.user.login },
      forms: submissionForms(project.categories),
      categories: project.categories,
      file: before,
      listed: await listedUrls(resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT)),
      now,
      checkPage: (url) => checkPage(url, now, allowLoopback),
    });
    const changed = result.file !== before;
    if (changed) await writeFileAtomic(file, serialize(result.file));
    const comment = commentBody(result.outcomes);
    const author = event.issue.user.login;
    if (args.comment) await writeFileAtomic(args.comment, comment);
    if (args.message && changed)
      await writeFileAtomic(args.message, commitMessage(event.issue.number, author, result));
    if (args.json) {
      const outcomes = result.outcomes.map((outcome) => ({ ...outcome, line: outcomeLine(outcome) }));
      console.log(
        JSON.stringify({
          issue: event.issue.number,
          form: result.form ?? null,
          changed,
          categories: result.categories,
          outcomes,
          comment,
        }),
      );
    } else console.log(comment.trimEnd());
  },
});

/** `joblist submissions`: reader submissions through issue forms. */
export default defineCommand({
  meta: COMMAND_META.submissions,
  subCommands: { authorize, apply },
});
