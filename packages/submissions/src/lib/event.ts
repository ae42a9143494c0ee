import { GithubLoginSchema, parseOrThrow } from '@joblist/core-model';
import { readJsonFile } from '@joblist/io';
import * as v from 'valibot';
import { APPROVAL_LABEL } from './forms.ts';

/**
 * The parts of an `issues` event payload (the file `GITHUB_EVENT_PATH` names) that applying a submission
 * reads: the action, the label added, the issue (number, body, author), who acted and the repository. Other keys are
 * ignored; the body is untrusted text and is only ever parsed, never run or interpolated.
 */
export const IssueEventSchema = v.looseObject({
  action: v.string(),
  label: v.optional(v.looseObject({ name: v.string() })),
  issue: v.looseObject({
    number: v.pipe(v.number(), v.integer(), v.minValue(1)),
    body: v.nullish(v.string(), ''),
    user: v.looseObject({ login: GithubLoginSchema }),
  }),
  sender: v.looseObject({ login: GithubLoginSchema }),
  repository: v.optional(
    v.looseObject({ full_name: v.pipe(v.string(), v.regex(/^[\w.-]+\/[\w.-]+$/u, 'must be owner/name')) }),
  ),
});

/** A validated `issues` event payload. */
export type IssueEvent = v.InferOutput<typeof IssueEventSchema>;

/** Reads and validates an event payload file; `shown` is the file as messages name it. */
export async function readIssueEvent(file: string): Promise<{ event: IssueEvent; shown: string }> {
  const { shown, data } = await readJsonFile(file);
  return { event: parseOrThrow(IssueEventSchema, data, shown), shown };
}

/** Whether the event is a maintainer adding the approval label. */
export const isApproval = (event: IssueEvent) =>
  event.action === 'labeled' && event.label?.name === APPROVAL_LABEL;
