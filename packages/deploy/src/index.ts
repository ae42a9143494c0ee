export { checkDeployment, type DeploymentOptions } from './lib/check-deployment.ts';
export { parseRepositoryName } from './lib/fork.ts';
export type { RepositoryName } from './lib/github-checks.ts';
export { INIT_TEMPLATE, type InitOptions, initSite } from './lib/init.ts';
export { PUBLISH_WORKFLOW_FILE, publishWorkflow, syncPublishWorkflow } from './lib/publish-workflow.ts';
export {
  type Check,
  CheckSchema,
  CheckStatusSchema,
  type DoctorReport,
  DoctorReportSchema,
  formatCheck,
} from './lib/report.ts';
