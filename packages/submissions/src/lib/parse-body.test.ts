import { describe, expect, it } from 'vitest';
import { issueBody } from '../../test/_helpers/issue-body.ts';
import { type FormSpec, submissionForms } from './forms.ts';
import { formOf, parseFormBody } from './parse-body.ts';

const categories = [
  { id: 'backend', role: 'Backend developer' },
  { id: 'frontend', role: 'Frontend developer' },
];
const forms = submissionForms(categories);
const form = (file: FormSpec['file']) => forms.find((candidate) => candidate.file === file) as FormSpec;

const add = {
  url: 'https://jobs.example.com/1',
  company: 'Acme',
  title: 'Backend Engineer',
  workplace: 'Remote',
  category: 'Backend developer',
  notes: 'Line one\nLine two',
};

describe('parseFormBody', () => {
  it("reads GitHub's rendering of the committed add form: answers, _No response_ as empty", () => {
    const body = issueBody('add-job', add);
    expect(body).toContain('### Job URL\n\nhttps://jobs.example.com/1\n\n### Company\n\nAcme');
    expect(body).toContain('### Salary\n\n_No response_');
    expect(formOf(body, forms)?.file).toBe('add-job');
    expect(parseFormBody(body, form('add-job'))).toEqual({
      ...add,
      'company-url': '',
      location: '',
      salary: '',
      sponsorship: '',
      email: '',
    });
  });

  it('reads a textarea sent with CRLF line breaks', () => {
    const answers = parseFormBody(issueBody('add-job', add, '\r\n'), form('add-job'));
    expect(answers?.notes).toBe('Line one\nLine two');
  });

  it('reads checkboxes: the labels of the checked boxes', () => {
    const box = 'These jobs no longer take applications';
    const checked = issueBody('close-jobs', { urls: 'https://a.example/1', confirm: [box] });
    expect(checked).toContain(`- [X] ${box}`);
    expect(parseFormBody(checked, form('close-jobs'))?.confirm).toEqual([box]);
    const unchecked = issueBody('close-jobs', { urls: 'https://a.example/1' });
    expect(unchecked).toContain(`- [ ] ${box}`);
    expect(parseFormBody(unchecked, form('close-jobs'))?.confirm).toEqual([]);
  });

  it('tells the three forms apart by their first heading', () => {
    expect(formOf(issueBody('correct-job', { url: 'https://a.example/1' }), forms)?.file).toBe('correct-job');
    expect(formOf(issueBody('close-jobs', { urls: 'https://a.example/1' }), forms)?.file).toBe('close-jobs');
    expect(formOf('Hello\n\n### Job URL\n\nhttps://a.example/1', forms)).toBeUndefined();
  });

  it('does not let a heading typed in a textarea stand in for a later field', () => {
    const notes =
      'Apply now\n\n### Email for credit\n\nattacker@example.com\n\n### Job URL\n\nhttps://evil.example';
    const answers = parseFormBody(issueBody('add-job', { ...add, notes }), form('add-job'));
    expect(answers?.email).toBe('');
    expect(answers?.url).toBe('https://jobs.example.com/1');
    expect(answers?.notes).toBe(notes);
  });

  it('refuses a body with a heading missing or text before the first one', () => {
    const body = issueBody('add-job', add);
    expect(parseFormBody(body.replace('### Company\n\n', ''), form('add-job'))).toBeUndefined();
    expect(parseFormBody(`Hi!\n\n${body}`, form('add-job'))).toBeUndefined();
  });
});
