export {
  SUBMISSION_LIMITS,
  type SubmissionIssue,
  type SubmissionLimits,
} from './lib/apply.ts';
export { type ApplyEventOptions, applyIssueEvent } from './lib/apply-event.ts';
export { type IssueEvent, isApproval, readIssueEvent } from './lib/event.ts';
export { formFiles, formYaml, ISSUE_TEMPLATE_DIR, syncForms } from './lib/form-yaml.ts';
export {
  APPROVAL_LABEL,
  type FormField,
  type FormSpec,
  SUBMISSION_LABEL,
  submissionForms,
} from './lib/forms.ts';
export { codeSpan, type Outcome } from './lib/outcome.ts';
export { type FormAnswers, formOf, parseFormBody } from './lib/parse-body.ts';
export { authorizeApproval } from './lib/permission.ts';
