import { loadProject } from '@joblist/config';
import { DEFAULT_SNAPSHOT, SUBMISSIONS_FILE } from '@joblist/core-model';
import {
  APPROVAL_LABEL,
  applyIssueEvent,
  authorizeApproval,
  isApproval,
  readIssueEvent,
} from '@joblist/submissions';
import { defineCommand } from 'citty';
import { parseNow, timeArg } from '../_utils/args.ts';
import { UsageError } from '../_utils/usage-error.ts';
import { commandMeta } from './meta.ts';

/** Reads the event payload file (`--event`, else `GITHUB_EVENT_PATH`). */
function readEvent(file: string | undefined) {
  const eventFile = file ?? process.env.GITHUB_EVENT_PATH;
  if (!eventFile) throw new UsageError('--event: no event payload (give --event or set GITHUB_EVENT_PATH)');
  return readIssueEvent(eventFile);
}

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
    const { allowed, reason } = await authorizeApproval(event, repository);
    console.error(reason);
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
    const { event, shown } = await readEvent(args.event);
    if (!isApproval(event))
      throw new UsageError(`${shown}: not the "${APPROVAL_LABEL}" label being added; nothing applied`);
    const { comment, json } = await applyIssueEvent({
      event,
      project: await loadProject(args.config),
      file: args.file,
      snapshot: args.snapshot,
      now: args.now === undefined ? undefined : parseNow(args.now),
      allowLoopback: args['allow-loopback'],
      commentFile: args.comment,
      messageFile: args.message,
    });
    console.log(args.json ? JSON.stringify(json) : comment.trimEnd());
  },
});

/** `joblist submissions`: reader submissions through issue forms. */
export default defineCommand({
  meta: commandMeta('submissions'),
  subCommands: { authorize, apply },
});
