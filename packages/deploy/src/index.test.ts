import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/deploy', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CheckSchema',
      'CheckStatusSchema',
      'DoctorReportSchema',
      'INIT_TEMPLATE',
      'PUBLISH_WORKFLOW_FILE',
      'checkDeployment',
      'formatCheck',
      'initSite',
      'parseRepositoryName',
      'publishWorkflow',
      'syncPublishWorkflow',
    ]);
  });
});
