import type { FormSpec } from './forms.ts';

/** What GitHub writes for a field left empty. */
const NO_RESPONSE = '_No response_';

/** A form's answers by field id: text for inputs, textareas and dropdowns (`''` when empty), checked box labels for checkboxes. */
export type FormAnswers = Record<string, string | string[]>;

const heading = (label: string) => `### ${label}\n\n`;

/** The form whose first field's heading opens `body` (each form's first label is its own). */
export function formOf<F extends FormSpec>(body: string, forms: readonly F[]): F | undefined {
  const text = body.replace(/\r\n?/gu, '\n').trimStart();
  return forms.find((form) => form.fields[0] && text.startsWith(heading(form.fields[0].label)));
}

/** The labels of the checked boxes (`- [X] label`) of a checkboxes answer. */
function checkedBoxes(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^- \[[xX]\] (.*)$/u.exec(line.trim())?.[1])
    .filter((label): label is string => label !== undefined);
}

/**
 * Reads GitHub's rendering of an issue form's answers: each field as `### <label>`, a blank line, then
 * the answer (`_No response_` when empty; checkboxes as `- [X] label` / `- [ ] label`), fields in form
 * order. Headings are found from the last field back, each one the last before the next field's
 * heading, so a `### <label>` line typed inside a multi-line answer cannot stand in for a later field
 * (every form's last field is one line or a checkbox). Returns `undefined` when a heading is missing or
 * text stands before the first one: the body is not this form's.
 */
export function parseFormBody(body: string, form: FormSpec): FormAnswers | undefined {
  const text = `\n${body.replace(/\r\n?/gu, '\n').trim()}\n\n`;
  const answers: FormAnswers = {};
  let end = text.length;
  for (const field of [...form.fields].reverse()) {
    const marker = `\n${heading(field.label)}`;
    const start = text.lastIndexOf(marker, end - marker.length);
    if (start === -1) return undefined;
    const value = text.slice(start + marker.length, end).trim();
    answers[field.id] =
      field.type === 'checkboxes' ? checkedBoxes(value) : value === NO_RESPONSE ? '' : value;
    end = start;
  }
  return end === 0 ? answers : undefined;
}
