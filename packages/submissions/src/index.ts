export {
  type ApplyInput,
  type ApplyResult,
  applySubmission,
  SUBMISSION_LIMITS,
  type SubmissionIssue,
  type SubmissionLimits,
} from './lib/apply.ts';
export { type IssueEvent, IssueEventSchema } from './lib/event.ts';
export { formFiles, formYaml, ISSUE_TEMPLATE_DIR } from './lib/form-yaml.ts';
export {
  APPROVAL_LABEL,
  type FormField,
  type FormSpec,
  SUBMISSION_LABEL,
  submissionForms,
} from './lib/forms.ts';
export { codeSpan, commentBody, type Outcome, outcomeLine } from './lib/outcome.ts';
export { type FormAnswers, formOf, parseFormBody } from './lib/parse-body.ts';
export { hasWriteAccess, type PermissionRequest } from './lib/permission.ts';
