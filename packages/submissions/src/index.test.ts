import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/submissions', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'APPROVAL_LABEL',
      'ISSUE_TEMPLATE_DIR',
      'SUBMISSION_LABEL',
      'SUBMISSION_LIMITS',
      'applyIssueEvent',
      'authorizeApproval',
      'codeSpan',
      'formFiles',
      'formOf',
      'formYaml',
      'isApproval',
      'parseFormBody',
      'readIssueEvent',
      'submissionForms',
      'syncForms',
    ]);
  });
});
