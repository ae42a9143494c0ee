import type { Category } from '@joblist/core-model';

/** One answerable element of an issue form (GitHub's `input`, `textarea`, `dropdown`, `checkboxes`). */
export interface FormField {
  /** The element's `id`: what the parser returns its answer under. */
  id: string;
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  /** The element's label: GitHub renders each answer under `### <label>`. */
  label: string;
  description?: string;
  placeholder?: string;
  required: boolean;
  /** A dropdown's options, or the labels of a checkboxes element's boxes. */
  options?: readonly string[];
}

/** One issue form: `.github/ISSUE_TEMPLATE/<file>.yml`. */
export interface FormSpec {
  /** The file name without `.yml`; also the form's kind. */
  file: 'add-job' | 'correct-job' | 'close-jobs';
  name: string;
  description: string;
  title: string;
  labels: readonly string[];
  /** Markdown shown at the top of the form (not part of the issue body). */
  intro: string;
  fields: readonly FormField[];
}

/** The label every submission issue gets; the maintainer adds {@link APPROVAL_LABEL} to publish it. */
export const SUBMISSION_LABEL = 'submission';
/** The label a maintainer adds to apply a submission. */
export const APPROVAL_LABEL = 'approved';

/** Workplace answers as the forms show them, and the Job value of each. */
export const WORKPLACE_OPTIONS = { Remote: 'remote', 'On site': 'onsite', Hybrid: 'hybrid' } as const;
/** Visa sponsorship answers as the forms show them, and the stored value of each (none: not stated). */
export const SPONSORSHIP_OPTIONS = { Yes: true, No: false, 'Not stated': undefined } as const;

const APPROVAL_NOTE =
  `A maintainer reviews every submission; adding the \`${APPROVAL_LABEL}\` label publishes it, and a bot ` +
  'comments with what changed. Everything you write here is public.';

/** The optional contact of every form: the commit that applies the issue credits it as co-author. */
const EMAIL_FIELD: FormField = {
  id: 'email',
  type: 'input',
  label: 'Email for credit',
  description:
    'Optional: credits you as co-author of the commit that applies this (public in the git history).',
  required: false,
  placeholder: 'you@example.com',
};

/** The job fields of the add and correct forms; `required` is the add form's. */
function jobFields(categories: readonly Pick<Category, 'id' | 'role'>[]): FormField[] {
  return [
    { id: 'company', type: 'input', label: 'Company', required: true, placeholder: 'Acme' },
    {
      id: 'company-url',
      type: 'input',
      label: 'Company website',
      required: false,
      placeholder: 'https://acme.example',
    },
    {
      id: 'title',
      type: 'input',
      label: 'Job title',
      required: true,
      placeholder: 'Senior Backend Engineer',
    },
    { id: 'location', type: 'input', label: 'Location', required: false, placeholder: 'Berlin, Germany' },
    {
      id: 'workplace',
      type: 'dropdown',
      label: 'Workplace',
      required: true,
      options: Object.keys(WORKPLACE_OPTIONS),
    },
    {
      id: 'category',
      type: 'dropdown',
      label: 'Category',
      description: 'The job list it belongs in.',
      required: true,
      options: categories.map((category) => category.role),
    },
    {
      id: 'salary',
      type: 'input',
      label: 'Salary',
      description: 'Optional: an amount or range with its currency and period.',
      required: false,
      placeholder: '$120k - $150k a year',
    },
    {
      id: 'sponsorship',
      type: 'dropdown',
      label: 'Visa sponsorship',
      required: false,
      options: Object.keys(SPONSORSHIP_OPTIONS),
    },
    {
      id: 'notes',
      type: 'textarea',
      label: 'Notes',
      description: 'Optional: anything a reader should know (plain text).',
      required: false,
    },
    EMAIL_FIELD,
  ];
}

/**
 * The three submission forms for a site's categories: add a job, correct a job (only the URL required;
 * an empty answer keeps the field), close jobs (one URL a line). The category dropdown lists the
 * configured categories, so a new category appears in it with no edit.
 */
export function submissionForms(categories: readonly Pick<Category, 'id' | 'role'>[]): FormSpec[] {
  const fields = jobFields(categories);
  return [
    {
      file: 'add-job',
      name: 'Add a job',
      description: 'Suggest an opening for the job lists.',
      title: 'Add a job: ',
      labels: [SUBMISSION_LABEL],
      intro: `Suggest an opening that is not in the lists yet. ${APPROVAL_NOTE}`,
      fields: [
        {
          id: 'url',
          type: 'input',
          label: 'Job URL',
          description: 'The page where people apply.',
          required: true,
          placeholder: 'https://jobs.example.com/123',
        },
        ...fields,
      ],
    },
    {
      file: 'correct-job',
      name: 'Correct a job',
      description: 'Fix a job a reader submitted: title, company, salary, category, …',
      title: 'Correct a job: ',
      labels: [SUBMISSION_LABEL],
      intro: `Give the job's URL and only the fields to change; empty answers keep what is listed. To remove a job, use "Close jobs". ${APPROVAL_NOTE}`,
      fields: [
        {
          id: 'url',
          type: 'input',
          label: 'URL of the job to correct',
          required: true,
          placeholder: 'https://jobs.example.com/123',
        },
        ...fields.map((field) => ({ ...field, required: false })),
      ],
    },
    {
      file: 'close-jobs',
      name: 'Close jobs',
      description: 'Mark jobs that no longer take applications as closed.',
      title: 'Close jobs: ',
      labels: [SUBMISSION_LABEL],
      intro: `Closed jobs leave the open rows for good. ${APPROVAL_NOTE}`,
      fields: [
        {
          id: 'urls',
          type: 'textarea',
          label: 'Job URLs to close',
          description: 'One URL a line.',
          required: true,
          placeholder: 'https://jobs.example.com/123\nhttps://jobs.example.com/456',
        },
        EMAIL_FIELD,
        {
          id: 'confirm',
          type: 'checkboxes',
          label: 'Confirmation',
          required: true,
          options: ['These jobs no longer take applications'],
        },
      ],
    },
  ];
}
