/** What applying an issue did, one entry per job URL or problem; each is one line of the issue comment. */
export type Outcome =
  | { status: 'added'; url: string; title: string; company: string; category: string }
  | { status: 'updated'; url: string; fields: string[] }
  | { status: 'closed'; url: string }
  | { status: 'unchanged'; url: string; reason: string }
  | { status: 'duplicate'; url: string }
  | { status: 'unknown'; url: string; reason: string }
  | { status: 'invalid'; field: string; reason: string }
  | { status: 'refused'; reason: string };

/**
 * `text` as a Markdown code span: fenced by one backtick more than its longest backtick run and padded
 * with a space when it starts or ends with one, so GitHub shows it as typed (no link, mention, HTML,
 * image or emphasis from a reader's text).
 */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text === '' || text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One outcome as one line of the issue comment; every value a reader typed is in a code span. */
export function outcomeLine(outcome: Outcome): string {
  switch (outcome.status) {
    case 'added':
      return `added ${codeSpan(outcome.title)} at ${codeSpan(outcome.company || 'Unknown Company')} to ${outcome.category}: ${codeSpan(outcome.url)}`;
    case 'updated':
      return `updated ${codeSpan(outcome.url)}: ${outcome.fields.join(', ')}`;
    case 'closed':
      return `closed ${codeSpan(outcome.url)}`;
    case 'unchanged':
      return `unchanged ${codeSpan(outcome.url)}: ${outcome.reason}`;
    case 'duplicate':
      return `duplicate ${codeSpan(outcome.url)}: already in our list`;
    case 'unknown':
      return `unknown URL ${codeSpan(outcome.url)}: ${outcome.reason}`;
    case 'invalid':
      return `invalid ${outcome.field}: ${outcome.reason}`;
    case 'refused':
      return `refused: ${outcome.reason}`;
  }
}

/** Whether an outcome changed the submissions file. */
export const isChange = (outcome: Outcome): boolean =>
  outcome.status === 'added' || outcome.status === 'updated' || outcome.status === 'closed';

/** The issue comment: a first line saying whether anything changed, then one list item per outcome. */
export function commentBody(outcomes: readonly Outcome[]): string {
  const changed = outcomes.some(isChange);
  const head = changed
    ? 'Applied: the lists show this with their next build.'
    : 'Nothing was applied; a new issue with the problems fixed is welcome.';
  return `${head}\n\n${outcomes.map((outcome) => `- ${outcomeLine(outcome)}`).join('\n')}\n`;
}
