import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root, where the committed issue forms are. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** One element of a committed issue form, as GitHub reads it. */
interface FormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  id?: string;
  attributes: { label?: string; options?: (string | { label: string })[] };
}

/** A committed issue form file (`.github/ISSUE_TEMPLATE/<name>.yml`), parsed as YAML 1.1 like GitHub does. */
export function committedForm(name: 'add-job' | 'correct-job' | 'close-jobs'): { body: FormElement[] } {
  const text = readFileSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE', `${name}.yml`), 'utf8');
  return parse(text, { version: '1.1' });
}

/** A form answer: text for inputs, textareas and dropdowns; the checked box labels for checkboxes. */
export type Answer = string | readonly string[];

/**
 * The issue body GitHub writes for a form's answers (by element id): each answerable element in form
 * order as `### <label>`, a blank line and the answer, elements separated by a blank line; an empty
 * answer is `_No response_`, checkboxes are `- [X] <label>` / `- [ ] <label>` lines. A dropdown answer
 * must be one of its options (the form allows nothing else); `newline` is how the browser sent the
 * line breaks typed in a textarea.
 */
export function issueBody(
  name: 'add-job' | 'correct-job' | 'close-jobs',
  answers: Record<string, Answer>,
  newline = '\n',
): string {
  const sections = committedForm(name)
    .body.filter((element) => element.type !== 'markdown')
    .map((element) => {
      const answer = answers[element.id ?? ''];
      const { label, options = [] } = element.attributes;
      let value: string;
      if (element.type === 'checkboxes') {
        const checked = (answer ?? []) as readonly string[];
        value = options
          .map((option) => (typeof option === 'string' ? option : option.label))
          .map((box) => `- [${checked.includes(box) ? 'X' : ' '}] ${box}`)
          .join('\n');
      } else {
        const text = typeof answer === 'string' ? answer : '';
        if (element.type === 'dropdown' && text !== '' && !options.includes(text))
          throw new Error(`${name}: "${text}" is not an option of ${label}`);
        value = text === '' ? '_No response_' : text.replace(/\n/gu, newline);
      }
      return `### ${label}\n\n${value}`;
    });
  return sections.join('\n\n');
}
